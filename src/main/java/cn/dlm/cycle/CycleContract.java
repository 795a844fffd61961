package cn.dlm.cycle;

import cn.dlm.material.MaterialContract;
import cn.dlm.platform.FeatureApi;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;

/**
 * The democratic life meeting process (民主生活会, {@code democratic-life-meeting.bpmn}) and the processes it
 * calls for talks and acknowledgements, as every feature that reads a cycle's data names it: process keys and
 * the variables of a cycle (docs/process-variables.md). Json shapes: {@link TeamRoster} for the team.
 */
@FeatureApi
public final class CycleContract {

  public static final String PROCESS_KEY = "democratic-life-meeting";
  public static final String RECORD_TALKS_PROCESS = "record-talks";
  public static final String ACKNOWLEDGE_OPINIONS_PROCESS = "acknowledge-opinions";
  public static final String DEADLINE_OFFSETS_DECISION = "deadline-offsets";

  public static final String TEAM_ID = "teamId";
  public static final String TEAM_NAME = "teamName";
  public static final String YEAR = "year";
  public static final String THEME = "theme";
  public static final String SECRETARY = "secretary";
  public static final String MEMBERS = "members";
  public static final String SUPERVISOR_GROUP = "supervisorGroup";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_DAY = "meetingDay";
  public static final String OFFSETS = "offsets";
  public static final String AREAS = MaterialContract.AREAS;
  public static final String PHASE = "phase";
  public static final String PREVIOUS_RECTIFICATION = "previousRectification";
  public static final String STUDY = "study";
  public static final String OPINIONS = "opinions";
  public static final String OPINION_COUNT = "opinionCount";
  public static final String TARGET_OPTIONS = "targetOptions";
  public static final String AREA_OPTIONS = "areaOptions";
  public static final String ACKNOWLEDGED = "acknowledged";
  public static final String PARTICIPANT = "participant";
  public static final String PARTICIPANT_OPTIONS = "participantOptions";
  public static final String TALKS = "talks";
  public static final String TALK_PARTNER_OPTIONS = "talkPartnerOptions";
  public static final String MISSING_TALK_PAIRS = "missingTalkPairs";
  public static final String MISSING_TALK_PARTNERS = "missingTalkPartners";
  public static final String TALKS_COMPLETE = "talksComplete";
  public static final String APPROVED = "approved";
  public static final String PLANNED_ATTENDEES = "plannedAttendees";
  public static final String PLANNED_OBSERVERS = "plannedObservers";
  public static final String PLANNED_AGENDA = "plannedAgenda";
  public static final String PRESENT_MEMBERS = "presentMembers";
  public static final String PRESENT_COUNT = "presentCount";
  public static final String QUORUM_MET = "quorumMet";
  public static final String ABSENCE_NOTES = "absenceNotes";
  public static final String ATTENDANCE = "attendance";
  public static final String CRITICISMS = "criticisms";
  /** The hand-over to rectification: every problem, opinion and criticism as a candidate item. */
  public static final String RECTIFICATION_CANDIDATES = "rectificationCandidates";
  /** The {@code source} codes of {@link #RECTIFICATION_CANDIDATES}. */
  public static final String SOURCE_TEAM_MATERIAL = "team-material";
  public static final String SOURCE_MEMBER_MATERIAL = "member-material";
  public static final String SOURCE_OPINION = "opinion";
  public static final String SOURCE_CRITICISM = "criticism";
  /** Set by the office's withdrawal (撤销): who, when, why. */
  public static final String WITHDRAWAL = "withdrawal";

  /** The saved Tasklist filters' columns, copied onto every task ({@code TasklistFilters}). */
  public static final List<String> TASKLIST_COLUMNS = List.of(TEAM_NAME, YEAR, PHASE);

  private CycleContract() {}

  /** A cycle's business key: one cycle per team and year. */
  public static String businessKey(String teamId, int year) {
    return teamId + "-" + year;
  }

  /**
   * Whether the team and year ({@code <teamId>-<year>}) has a cycle, running or ended; a withdrawn cycle (撤销,
   * deleted with a reason) does not count. Queries history, so run it without the caller's authorization checks.
   */
  public static boolean cycleExists(HistoryService history, String businessKey) {
    long all = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey).count();
    long withdrawn = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey).externallyTerminated().count();
    return all > withdrawn;
  }
}
