package cn.dlm.cycle;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Start of a cycle (发起民主生活会): checks the start form, fills the defaults (members from the
 * team group, default areas, deadline offsets), sets the business key {@code <teamId>-<year>} and
 * refuses a second cycle of the same team and year.
 */
@Component("cycleStart")
class CycleStart implements ExecutionListener {

  static final List<String> DEFAULT_AREAS = List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律");
  static final LocalTime MEETING_TIME = LocalTime.of(9, 0);

  /** Start-form field → deadline step it overrides. */
  static final Map<String, String> OFFSET_FIELDS = Map.of(
      "offsetOpinionCollection", "opinionCollection",
      "offsetTalks", "talks",
      "offsetMaterials", "memberMaterial",
      "offsetMaterialReview", "materialReview",
      "offsetPlanReport", "planReport",
      "offsetMeetingReport", "meetingReport");

  private final IdentityService identityService;
  private final HistoryService historyService;
  private final EngineClock clock;
  private final DeadlineOffsets deadlineOffsets;
  private final PreviousRectification previousRectification;
  private final PeopleDirectory people;

  public CycleStart(IdentityService identityService, HistoryService historyService, EngineClock clock,
      DeadlineOffsets deadlineOffsets, PreviousRectification previousRectification, PeopleDirectory people) {
    this.identityService = identityService;
    this.historyService = historyService;
    this.clock = clock;
    this.deadlineOffsets = deadlineOffsets;
    this.previousRectification = previousRectification;
    this.people = people;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = clock.today();
    int year = year(execution, today);
    String theme = FormInput.of(execution).text(CycleContract.THEME, "主题", FormInput.SHORT_TEXT, true);
    Group team = team(FormInput.of(execution).text(CycleContract.TEAM_ID, "班子", 64, true));
    String secretary = FormInput.of(execution).text(CycleContract.SECRETARY, "书记", 64, true);
    requireTeamMember(team, secretary, "书记");
    List<String> members = members(execution, team, secretary);
    String supervisorGroup = supervisorGroup(execution);
    LocalDate meetingDay = meetingDay(execution, year, today);
    List<String> areas = areas(execution);
    Map<String, Integer> offsets = offsets(execution, year);

    String businessKey = CycleContract.businessKey(team.getId(), year);
    requireNoCycle(businessKey, team.getName(), year);
    execution.setProcessBusinessKey(businessKey);

    execution.setVariable(CycleContract.YEAR, year);
    execution.setVariable(CycleContract.THEME, theme);
    execution.setVariable(CycleContract.TEAM_ID, team.getId());
    execution.setVariable(CycleContract.TEAM_NAME, team.getName());
    execution.setVariable(CycleContract.SECRETARY, secretary);
    execution.setVariable(CycleContract.MEMBERS, json(members));
    execution.setVariable(CycleContract.SUPERVISOR_GROUP, supervisorGroup);
    execution.setVariable(CycleContract.MEETING_DATE, clock.at(meetingDay, MEETING_TIME));
    execution.setVariable(CycleContract.MEETING_DAY, meetingDay.toString());
    execution.setVariable(CycleContract.AREAS, json(areas));
    execution.setVariable(CycleContract.AREA_OPTIONS, json(areas.stream().map(a -> option(a, a)).toList()));
    execution.setVariable(CycleContract.OFFSETS, json(offsets));
    execution.setVariable(CycleContract.PARTICIPANT_OPTIONS, json(participantOptions(secretary, members)));
    execution.setVariable(CycleContract.TARGET_OPTIONS, json(targetOptions(secretary, members)));
    execution.setVariable(CycleContract.PREVIOUS_RECTIFICATION,
        json(Privileged.call(() -> previousRectification.previousItems(team.getId(), year))));
    execution.setVariable(CycleContract.MISSING_TALK_PAIRS,
        json(TalkPairs.labelled(TalkPairs.mandatoryPairs(secretary, members), people::displayName)));
    OFFSET_FIELDS.keySet().forEach(execution::removeVariable);
  }

  private int year(DelegateExecution execution, LocalDate today) {
    Integer entered;
    try {
      entered = FormInput.of(execution).wholeNumber(CycleContract.YEAR, "年度", true);
    } catch (InvalidSubmission e) {
      throw new InvalidSubmission("请填写“年度”（整数年份），例如 " + today.getYear() + "。");
    }
    int year = entered;
    if (year < today.getYear() - 1 || year > today.getYear() + 1) {
      throw new InvalidSubmission("“年度”应为 " + (today.getYear() - 1) + " 至 " + (today.getYear() + 1) + " 之间的年份。");
    }
    return year;
  }

  private Group team(String teamId) {
    Group team = identityService.createGroupQuery().groupId(teamId).singleResult();
    if (team == null || !AccessModel.TEAM_GROUP_TYPE.equals(team.getType())) {
      List<String> known = identityService.createGroupQuery().groupType(AccessModel.TEAM_GROUP_TYPE).list().stream()
          .map(g -> g.getId() + "（" + g.getName() + "）").toList();
      throw new InvalidSubmission("未找到班子“" + teamId + "”。可选的班子：" + String.join("、", known) + "。");
    }
    return team;
  }

  private List<String> members(DelegateExecution execution, Group team, String secretary) {
    List<String> given = FormInput.of(execution).strings(CycleContract.MEMBERS);
    List<String> members = new ArrayList<>(new LinkedHashSet<>(given.isEmpty()
        ? identityService.createUserQuery().memberOfGroup(team.getId()).orderByUserId().asc().list().stream()
            .map(User::getId).toList()
        : given));
    members.remove(secretary);
    if (members.isEmpty()) {
      throw new InvalidSubmission("班子成员不能为空：请填写成员，或先在管理界面把成员加入班子“" + team.getName() + "”。");
    }
    if (members.size() > 50) {
      throw new InvalidSubmission("班子成员最多 50 人。");
    }
    members.forEach(member -> requireTeamMember(team, member, "班子成员"));
    return members;
  }

  private void requireTeamMember(Group team, String userId, String role) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new InvalidSubmission(role + "“" + userId + "”不是系统用户，请检查用户名。");
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(team.getId()).count() == 0) {
      throw new InvalidSubmission(role + "“" + people.displayName(userId) + "”不是班子“" + team.getName() + "”的成员。");
    }
  }

  private String supervisorGroup(DelegateExecution execution) {
    String group = FormInput.of(execution).text(CycleContract.SUPERVISOR_GROUP, "督导组", 64, false);
    String id = group.isEmpty() ? AccessModel.SUPERVISORS_GROUP : group;
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      throw new InvalidSubmission("未找到督导组“" + id + "”。");
    }
    return id;
  }

  private LocalDate meetingDay(DelegateExecution execution, int year, LocalDate today) {
    LocalDate day = FormInput.of(execution).date(CycleContract.MEETING_DATE, "计划会议日期", true);
    if (day.isBefore(today)) {
      throw new InvalidSubmission("计划会议日期 " + day + " 已经过去，不能早于今天（" + today + "）。");
    }
    if (day.getYear() < year || day.getYear() > year + 1) {
      throw new InvalidSubmission("计划会议日期应在 " + year + " 年或 " + (year + 1) + " 年。");
    }
    return day;
  }

  private static List<String> areas(DelegateExecution execution) {
    List<String> areas = new ArrayList<>(new LinkedHashSet<>(FormInput.of(execution).strings(CycleContract.AREAS)));
    if (areas.isEmpty()) {
      return DEFAULT_AREAS;
    }
    if (areas.size() > 12) {
      throw new InvalidSubmission("检视方面最多 12 个。");
    }
    areas.forEach(area -> FormInput.bounded(area, "检视方面", 60));
    return areas;
  }

  private Map<String, Integer> offsets(DelegateExecution execution, int year) {
    Map<String, Integer> offsets = new LinkedHashMap<>(deadlineOffsets.defaults(year));
    OFFSET_FIELDS.forEach((field, step) -> {
      Integer entered;
      try {
        entered = FormInput.of(execution).wholeNumber(field, "截止时间天数", false);
      } catch (InvalidSubmission e) {
        throw new InvalidSubmission("截止时间天数必须是整数。");
      }
      if (entered == null) {
        return;
      }
      int days = entered;
      boolean beforeMeeting = !"meetingReport".equals(step);
      if (beforeMeeting && (days >= 0 || days < -90)) {
        throw new InvalidSubmission("会前环节的截止时间必须在会议日期之前（填写 -1 至 -90 之间的天数）。");
      }
      if (!beforeMeeting && (days <= 0 || days > 60)) {
        throw new InvalidSubmission("会后报告的截止时间必须在会议日期之后（填写 1 至 60 之间的天数）。");
      }
      offsets.put(step, days);
      if ("memberMaterial".equals(step)) {
        offsets.put("teamMaterial", days);
      }
    });
    return offsets;
  }

  private void requireNoCycle(String businessKey, String teamName, int year) {
    if (Privileged.call(() -> CycleContract.cycleExists(historyService, businessKey))) {
      throw new InvalidSubmission(teamName + " " + year + " 年度的民主生活会已经发起，不能重复发起。");
    }
  }


  private List<Map<String, String>> participantOptions(String secretary, List<String> members) {
    List<Map<String, String>> options = new ArrayList<>();
    options.add(option(people.displayName(secretary) + "（书记）", secretary));
    members.forEach(member -> options.add(option(people.displayName(member), member)));
    return options;
  }

  private List<Map<String, String>> targetOptions(String secretary, List<String> members) {
    List<Map<String, String>> options = new ArrayList<>();
    options.add(option("班子整体", OpinionCollection.TEAM_TARGET));
    options.addAll(participantOptions(secretary, members));
    return options;
  }

  static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

}
