package cn.dlm.season;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Start of a season (发起年度部署): checks what applies to every cycle of the season (year, theme, areas, supervisors'
 * group, deadline offsets, the meetings' window) and proposes one row per leadership team for 确定参加班子.
 */
@Component("seasonStart")
class SeasonStart extends FormCheck {

  /** Start-form fields passed on to every cycle's start, as the single start form names them. */
  static final List<String> OFFSET_FIELDS = List.of("offsetOpinionCollection", "offsetTalks", "offsetMaterials",
      "offsetMaterialReview", "offsetPlanReport", "offsetMeetingReport");
  static final int MAX_WINDOW_DAYS = 366;

  private final EngineClock clock;
  private final SeasonTeams teams;

  SeasonStart(EngineClock clock, SeasonTeams teams) {
    this.clock = clock;
    this.teams = teams;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    LocalDate today = clock.today();
    int year = year(input, today);
    input.text(CycleContract.THEME, "主题", FormInput.SHORT_TEXT, true);
    List<String> areas = new ArrayList<>(new LinkedHashSet<>(input.strings(CycleContract.AREAS)));
    if (areas.size() > 12) {
      throw new InvalidSubmission("检视方面最多 12 个。");
    }
    areas.forEach(area -> FormInput.bounded(area, "检视方面", 60));
    String supervisorGroup = input.text(CycleContract.SUPERVISOR_GROUP, "督导组", 64, false);
    if (supervisorGroup.isEmpty()) {
      supervisorGroup = AccessModel.SUPERVISORS_GROUP;
    }
    if (!teams.groupExists(supervisorGroup)) {
      throw new InvalidSubmission("未找到督导组“" + supervisorGroup + "”。");
    }
    OFFSET_FIELDS.forEach(field -> offset(input, field));
    LocalDate from = input.date("windowStart", "会议时间窗口开始", true);
    LocalDate to = input.date("windowEnd", "会议时间窗口结束", true);
    if (from.isBefore(today)) {
      throw new InvalidSubmission("会议时间窗口开始 " + from + " 已经过去，不能早于今天（" + today + "）。");
    }
    if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_WINDOW_DAYS))) {
      throw new InvalidSubmission("会议时间窗口结束应在开始之后、一年以内。");
    }
    if (from.getYear() < year || to.getYear() > year + 1) {
      throw new InvalidSubmission("会议时间窗口应在 " + year + " 年或 " + (year + 1) + " 年。");
    }
    SeasonScope scope = SeasonScope.of(input);
    List<Map<String, Object>> proposal = teams.proposal(teamsIn(scope), year, supervisorGroup, from, to);
    execution.setProcessBusinessKey("season-" + year);
    execution.setVariable(SeasonContract.YEAR, year);
    execution.setVariable(CycleContract.SUPERVISOR_GROUP, supervisorGroup);
    execution.setVariable(SeasonContract.SCOPE, scope.describe());
    execution.setVariable(SeasonContract.TEAMS, json(proposal));
  }

  private List<Group> teamsIn(SeasonScope scope) {
    List<Group> covered = teams.in(scope);
    if (covered.isEmpty() && scope.isEverything()) {
      throw new InvalidSubmission("系统中还没有领导班子（类型为 leadership-team 的组），请先在管理界面或人员名册中建立班子。");
    }
    if (covered.isEmpty()) {
      throw new InvalidSubmission("部署范围（" + scope.describe() + "）内没有领导班子，请检查范围。");
    }
    if (covered.size() > SeasonScope.MAX_TEAMS) {
      throw new InvalidSubmission("部署范围（" + scope.describe() + "）内有 " + covered.size() + " 个领导班子，一次最多部署 "
          + SeasonScope.MAX_TEAMS + " 个。请缩小范围（例如按班子名称中的县区名或按班子编号开头）分批部署；已发起的班子不会重复发起。");
    }
    return covered;
  }

  private static int year(FormInput input, LocalDate today) {
    Integer year;
    try {
      year = input.wholeNumber(SeasonContract.YEAR, "年度", true);
    } catch (InvalidSubmission e) {
      throw new InvalidSubmission("请填写“年度”（整数年份），例如 " + today.getYear() + "。");
    }
    if (year < today.getYear() - 1 || year > today.getYear() + 1) {
      throw new InvalidSubmission("“年度”应为 " + (today.getYear() - 1) + " 至 " + (today.getYear() + 1) + " 之间的年份。");
    }
    return year;
  }

  private static void offset(FormInput input, String field) {
    Integer days;
    try {
      days = input.wholeNumber(field, "截止时间天数", false);
    } catch (InvalidSubmission e) {
      throw new InvalidSubmission("截止时间天数必须是整数。");
    }
    if (days == null) {
      return;
    }
    if (!"offsetMeetingReport".equals(field) && (days >= 0 || days < -90)) {
      throw new InvalidSubmission("会前环节的截止时间必须在会议日期之前（填写 -1 至 -90 之间的天数）。");
    }
    if ("offsetMeetingReport".equals(field) && (days <= 0 || days > 60)) {
      throw new InvalidSubmission("会后报告的截止时间必须在会议日期之后（填写 1 至 60 之间的天数）。");
    }
  }
}
