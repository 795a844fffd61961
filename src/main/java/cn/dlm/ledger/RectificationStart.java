package cn.dlm.ledger;

import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.access.AccessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the plan task when rectification starts: the candidate rows of the plan form
 * (planItems), the team as the choices of responsible member (responsibleOptions), and empty counts.
 */
@Component("rectificationStart")
public class RectificationStart implements ExecutionListener {

  static final String PLAN_ITEMS = "planItems";
  static final String RESPONSIBLE_OPTIONS = "responsibleOptions";
  static final String CANDIDATES = "rectificationCandidates";
  static final String PHASE = "整改落实";

  private final PeopleDirectory names;
  private final EngineClock clock;
  private final RectificationProperties properties;

  public RectificationStart(PeopleDirectory names, EngineClock clock, RectificationProperties properties) {
    this.names = names;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TeamRoster roster = TeamRoster.of(execution);
    execution.setVariable("phase", PHASE);
    if (execution.getVariable("supervisorGroup") == null) {
      execution.setVariable("supervisorGroup", AccessModel.SUPERVISORS_GROUP);
    }
    execution.setVariable(RESPONSIBLE_OPTIONS, JsonValues.json(responsibleOptions(roster)));
    if (execution.getVariable(PLAN_ITEMS) == null) {
      List<PlanRow> rows = PlanDraft.rows(LedgerJson.tree(execution.getVariable(CANDIDATES)), roster,
          proposedDeadline(execution));
      execution.setVariable(PLAN_ITEMS, JsonValues.json(rows));
    }
    ProcessLedger.of(execution).initialize();
  }

  private List<Map<String, String>> responsibleOptions(TeamRoster roster) {
    List<Map<String, String>> options = new ArrayList<>();
    for (String userId : roster.everyone()) {
      String label = names.displayName(userId) + (userId.equals(roster.secretary()) ? "（书记）" : "");
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", userId);
      options.add(option);
    }
    return options;
  }

  private LocalDate proposedDeadline(DelegateExecution execution) {
    LocalDate meetingDay = clock.localDate((Date) execution.getVariable("meetingDate"));
    LocalDate from = meetingDay == null || meetingDay.isBefore(clock.today()) ? clock.today() : meetingDay;
    return from.plus(properties.proposedDeadline());
  }
}
