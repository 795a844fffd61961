package cn.dlm.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.TestTeam;
import cn.dlm.demo.DemoData;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The season launch (年度部署) as the office completes it. An application context of its own (a fresh in-memory
 * database): the launch proposes every leadership team, and the test counts every team and every cycle.
 */
@SpringBootTest(properties = "dlm.test.isolated-context=season-launch")
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class SeasonLaunchTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final LocalDate WINDOW_START = LocalDate.of(2026, 12, 1);
  static final LocalDate WINDOW_END = LocalDate.of(2026, 12, 31);
  static final int TEAMS = 30;

  @Autowired ProcessEngine engine;
  @Autowired WorkingCalendar calendar;

  final List<TestTeam> teams = IntStream.rangeClosed(1, TEAMS)
      .mapToObj(n -> TestTeam.numbered(n, 4, "liufang", "zhaoqiang")).toList();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant()));
    teams.forEach(team -> team.create(engine.getIdentityService(), cn.dlm.support.SessionClient.DEMO_PASSWORD));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneCompletionLaunchesEveryTickedTeamWithItsPeopleAndDatesAndASecondLaunchStartsNothingTwice() {
    ProcessInstance season = startSeason();
    List<Map<String, Object>> rows = proposal(season);
    assertThat(rows).hasSize(TEAMS + 1);
    List<LocalDate> proposed = rows.stream().map(row -> LocalDate.parse(FormInput.cell(row, "meetingDate"))).toList();
    assertThat(proposed).isSorted().allSatisfy(day -> {
      assertThat(day).isBetween(WINDOW_START, WINDOW_END);
      assertThat(calendar.isWorkingDay(day)).as(day + " is a working day").isTrue();
    });
    assertThat(proposed.stream().distinct().count()).as("spread over the window").isGreaterThan(15);
    Map<String, Object> demo = rows.stream().filter(row -> FormInput.cell(row, "teamId").equals(DemoData.TEAM_ID))
        .findFirst().orElseThrow();
    Map<String, String> choices = new HashMap<>();
    JsonValues.tree(demo.get("memberOptions")).forEach(option -> choices.put(option.path("value").asText(),
        option.path("label").asText()));
    assertThat(choices).as("the people to choose, by name").containsEntry("wangjianguo", "王建国")
        .containsEntry("lihua", "李华").hasSize(6);

    Map<String, String> meetingDays = new HashMap<>();
    for (Map<String, Object> row : rows) {
      String teamId = FormInput.cell(row, "teamId");
      if (teamId.equals(DemoData.TEAM_ID)) {
        row.put("selected", false);
        continue;
      }
      row.put("secretary", teamId + "-1");
      if (teamId.equals("t005")) {
        row.put("meetingDate", "2026-12-30");
      }
      meetingDays.put(teamId, FormInput.cell(row, "meetingDate"));
    }
    completeAsOffice(task(season, "Task_SelectTeams"), Map.of("teams", JsonValues.json(rows)));
    assertThat(cycleCount()).as("the click only queues the starts").isZero();

    long started = System.nanoTime();
    runJobs(season);
    System.out.printf("SeasonLaunchTest: %d cycles started in %d ms%n", TEAMS, (System.nanoTime() - started) / 1_000_000);

    assertThat(cycleCount()).isEqualTo(TEAMS);
    for (TestTeam team : teams) {
      ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(CycleContract.PROCESS_KEY).processInstanceBusinessKey(team.id() + "-2026").singleResult();
      assertThat(cycle).as(team.id()).isNotNull();
      Map<String, Object> variables = engine.getRuntimeService().getVariables(cycle.getId());
      assertThat(variables).containsEntry("secretary", team.secretary()).containsEntry("teamName", team.name())
          .containsEntry("supervisorGroup", AccessModel.SUPERVISORS_GROUP).containsEntry("theme", "2026年度民主生活会")
          .containsEntry("meetingDay", meetingDays.get(team.id()));
      assertThat(FormInput.strings(variables.get("members"), "members")).containsExactlyElementsOf(team.members());
      assertThat(JsonValues.tree(variables.get("offsets")).path("talks").asInt()).isEqualTo(-12);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
          .taskDefinitionKey("Task_RecordStudy").count()).isEqualTo(1);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(DemoData.TEAM_ID + "-2026").count()).as("deselected").isZero();
    assertThat(results(season)).hasSize(TEAMS).allSatisfy(r -> assertThat(r.get("result")).isEqualTo("已发起"));
    assertThat(task(season, "Task_ReviewResults")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(season.getId(), "launchSummary"))
        .isEqualTo("已发起 30 个，已有本年度民主生活会未重复发起 0 个，共 30 个班子。");

    ProcessInstance again = startSeason();
    List<Map<String, Object>> second = proposal(again);
    assertThat(second).filteredOn(row -> FormInput.cell(row, "teamId").startsWith("t"))
        .allSatisfy(row -> {
          assertThat(row.get("selected")).isEqualTo(false);
          assertThat(row.get("status")).isEqualTo("本年度已发起，不会重复发起");
        });
    second.forEach(row -> {
      boolean numbered = FormInput.cell(row, "teamId").startsWith("t");
      row.put("selected", numbered);
      row.put("secretary", FormInput.cell(row, "teamId") + "-1");
    });
    completeAsOffice(task(again, "Task_SelectTeams"), Map.of("teams", JsonValues.json(second)));
    runJobs(again);

    assertThat(cycleCount()).isEqualTo(TEAMS);
    assertThat(results(again)).hasSize(TEAMS)
        .allSatisfy(r -> assertThat(r.get("result")).isEqualTo("本年度已有民主生活会，未重复发起"));
  }

  @Test
  void aWrongRowRefusesTheWholeSelectionWithEveryMistakeAndStartsNothing() {
    ProcessInstance season = startSeason();
    List<Map<String, Object>> rows = proposal(season);
    for (Map<String, Object> row : rows) {
      row.put("selected", true);
      row.put("secretary", FormInput.cell(row, "teamId") + "-1");
      if (FormInput.cell(row, "teamId").equals("t002")) {
        row.put("secretary", "t003-1");
      }
      if (FormInput.cell(row, "teamId").equals("t004")) {
        row.put("meetingDate", "2026-10-01");
      }
    }
    Task select = task(season, "Task_SelectTeams");

    assertThatThrownBy(() -> completeAsOffice(select, Map.of("teams", JsonValues.json(rows))))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageContaining("（第2班子）：书记“t003-1”不是该班子的成员")
        .hasMessageContaining("（第4班子）：计划会议日期 2026-10-01 早于今天")
        .hasMessageContaining("（某县人民政府党组）：书记“county-gov-party-group-1”不是该班子的成员");
    assertThat(engine.getTaskService().createTaskQuery().taskId(select.getId()).count()).isEqualTo(1);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(season.getId()).count()).isZero();
  }

  @Test
  void aTeamWhoseStartFailsBecomesARetriedJobNamingItWhileTheOthersStart() {
    Map<String, Object> form = startForm();
    form.put("year", 2027);
    form.put("windowStart", "2027-01-04");
    form.put("windowEnd", "2027-01-29");
    ProcessInstance season = asOffice(() -> engine.getRuntimeService().startProcessInstanceByKey("season-launch", form));
    List<Map<String, Object>> rows = proposal(season);
    List<String> chosen = List.of("t010", "t011", "t012");
    rows.forEach(row -> {
      row.put("selected", chosen.contains(FormInput.cell(row, "teamId")));
      row.put("secretary", FormInput.cell(row, "teamId") + "-1");
    });
    completeAsOffice(task(season, "Task_SelectTeams"), Map.of("teams", JsonValues.json(rows)));
    engine.getIdentityService().deleteMembership("t011-1", "t011");
    try {
      for (int round = 0; round < 5; round++) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(season.getId()).executable().list()) {
          try {
            engine.getManagementService().executeJob(job.getId());
          } catch (RuntimeException failed) {
            // recorded on the job, as the job executor would
          }
        }
      }
    } finally {
      engine.getIdentityService().createMembership("t011-1", "t011");
    }

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .processInstanceBusinessKeyLike("t01_-2027").list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("t010-2027", "t012-2027");
    Job failed = engine.getManagementService().createJobQuery().processInstanceId(season.getId()).withException()
        .singleResult();
    assertThat(failed.getExceptionMessage()).startsWith("第11班子未能发起：书记").contains("不是班子“第11班子”的成员");
    assertThat(failed.getRetries()).as("retried later, then an incident").isEqualTo(2);
    assertThat(results(season)).extracting(r -> r.get("teamId")).containsExactlyInAnyOrder("t010", "t012");
  }

  @Test
  void aScopeListsOnlyItsTeamsAndAScopeOverFiveHundredTeamsIsRefusedAskingToNarrowIt() {
    Map<String, Object> form = startForm();
    form.put("scopeName", "班子");
    form.put("scopeIdPrefix", "t00、t010");
    ProcessInstance county = asOffice(() -> engine.getFormService().submitStartForm(seasonDefinition(), form));
    assertThat(proposal(county)).extracting(row -> FormInput.cell(row, "teamId"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj("t%03d"::formatted).toList());
    assertThat(engine.getRuntimeService().getVariable(county.getId(), "scope"))
        .isEqualTo("班子名称包含“班子”且班子编号开头为“t00”或“t010”");
    engine.getRuntimeService().deleteProcessInstance(county.getId(), "test");

    List<String> cityTeams = IntStream.rangeClosed(1, 500).mapToObj("city-%03d"::formatted).toList();
    cityTeams.forEach(id -> {
      Group group = engine.getIdentityService().newGroup(id);
      group.setName("某市第" + id.substring(5) + "党委");
      group.setType(AccessModel.TEAM_GROUP_TYPE);
      engine.getIdentityService().saveGroup(group);
    });
    try {
      assertThatThrownBy(() -> asOffice(() -> engine.getFormService().submitStartForm(seasonDefinition(), startForm())))
          .isInstanceOf(InvalidSubmission.class)
          .hasMessage("部署范围（全部领导班子）内有 531 个领导班子，一次最多部署 500 个。请缩小范围（例如按班子名称中的县区名"
              + "或按班子编号开头）分批部署；已发起的班子不会重复发起。");
      Map<String, Object> nowhere = startForm();
      nowhere.put("scopeName", "某省");
      assertThatThrownBy(() -> asOffice(() -> engine.getFormService().submitStartForm(seasonDefinition(), nowhere)))
          .isInstanceOf(InvalidSubmission.class).hasMessage("部署范围（班子名称包含“某省”）内没有领导班子，请检查范围。");

      Map<String, Object> city = startForm();
      city.put("scopeName", "某市");
      ProcessInstance cityLaunch = asOffice(() -> engine.getFormService().submitStartForm(seasonDefinition(), city));
      assertThat(proposal(cityLaunch)).hasSize(500)
          .allSatisfy(row -> assertThat(FormInput.cell(row, "teamId")).startsWith("city-"));
      engine.getRuntimeService().deleteProcessInstance(cityLaunch.getId(), "test");
    } finally {
      cityTeams.forEach(engine.getIdentityService()::deleteGroup);
    }
  }

  @Test
  void theSeasonStartRefusesAWindowInThePast() {
    Map<String, Object> form = startForm();
    form.put("windowStart", "2026-10-01");
    assertThatThrownBy(() -> asOffice(() -> engine.getRuntimeService().startProcessInstanceByKey("season-launch", form)))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("不能早于今天");
  }

  private Map<String, Object> startForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("year", 2026);
    form.put("theme", "2026年度民主生活会");
    form.put("areas", "理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律");
    form.put("supervisorGroup", AccessModel.SUPERVISORS_GROUP);
    form.put("windowStart", WINDOW_START.toString());
    form.put("windowEnd", WINDOW_END.toString());
    form.put("offsetTalks", -12);
    return form;
  }

  private ProcessInstance startSeason() {
    return asOffice(() -> engine.getFormService().submitStartForm(seasonDefinition(), startForm()));
  }

  private String seasonDefinition() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("season-launch")
        .latestVersion().singleResult().getId();
  }

  private List<Map<String, Object>> proposal(ProcessInstance season) {
    return new ArrayList<>(FormInput.rows(engine.getRuntimeService().getVariable(season.getId(), "teams"), "teams"));
  }

  private List<Map<String, Object>> results(ProcessInstance season) {
    return FormInput.rows(engine.getRuntimeService().getVariable(season.getId(), "launchResults"), "results");
  }

  private Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** As Tasklist does: submit-form, which also writes the form-field history (a 30-team list is over 4,000 characters). */
  private void completeAsOffice(Task task, Map<String, Object> variables) {
    asOffice(() -> {
      engine.getFormService().submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  private <T> T asOffice(java.util.function.Supplier<T> call) {
    engine.getIdentityService().setAuthentication("liufang", List.of(AccessModel.OFFICE_GROUP));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private long cycleCount() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY).count();
  }

  /** The season's jobs (the multi-instance body, then one per team), each as the job executor would run it. */
  private void runJobs(ProcessInstance season) {
    for (int round = 0; round < 3 * TEAMS; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(season.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("the season's jobs did not finish");
  }
}
