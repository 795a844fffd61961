package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.AccessModel;
import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleDriver;
import cn.dlm.demo.DemoData;
import cn.dlm.platform.form.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a form shows and keeps, in Tasklist (issue 13, items 4, 8, 9): the supervisor approves the plan she sees
 * and returns it; the plan comes back with her comment; a meeting held again starts with no one ticked; the
 * rectification forms show what members typed as text, never as HTML; a refused extension comes back with its
 * reason; the season launch shows people by name.
 */
@BrowserTest
class FormScopeBrowserIT {

  private static final String SEASON_MEMBERS = "班子成员（不选则为组内除书记外全部成员）";
  private static final String HOSTILE = "<img src=x onerror=\"document.title='x'\"> 学习<b>不够</b>深入";

  @Autowired
  private ProcessEngine engine;

  private ProcessInstance instance;
  private ProcessInstance season;

  @AfterEach
  void removeSeason() {
    if (season != null) {
      engine.getRuntimeService().deleteProcessInstanceIfExists(season.getId(), "browser test done", true, true, false,
          false);
      engine.getHistoryService().deleteHistoricProcessInstanceIfExists(season.getId());
    }
  }

  @AfterEach
  void removeCycle() {
    if (instance != null) {
      engine.getRuntimeService().deleteProcessInstanceIfExists(instance.getId(), "browser test done", true, true, false,
          false);
      engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey())
          .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
    }
  }

  @Test
  void theSupervisorApprovesThePlanSheSeesAndTheOfficeGetsHerCommentBack(Browser browser) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate meeting = today.plusDays(30);
    CycleDriver cycle = new CycleDriver(engine, today);
    instance = preparedCycle(cycle, meeting);
    cycle.complete(cycle.task(instance, "Task_ReportPlan"), Map.of("planMeetingDate", meeting.toString(),
        "planAttendees", CycleDriver.json(CycleDriver.jsonArray(List.of("wangjianguo", "lihua", "zhangmin", "sunlei"))),
        "planObservers", "县纪委监委派驻纪检监察组组长", "planAgenda", "一、通报上年度整改情况\n二、相互批评"));

    TasklistPage supervisor = TasklistPage.loginAs(browser, "zhaoqiang").selectFilter(TasklistFilters.MY_GROUPS);
    supervisor.openTask("审批会议方案");
    browser.clickText("认领");
    CamundaForm.of(browser);
    browser.waitUntil(d -> "县纪委监委派驻纪检监察组组长".equals(fieldValue(browser, "列席人员")) ? true : null);
    assertThat(fieldValue(browser, "会议日期")).isEqualTo(meeting.toString());
    assertThat(fieldValue(browser, "会议议程")).isEqualTo("一、通报上年度整改情况\n二、相互批评");
    assertThat(checkedOptions(browser)).containsExactlyInAnyOrder("王建国（书记）", "李华", "张敏", "孙磊");
    assertThat((Long) browser.script("return document.querySelectorAll('.fjs-container input[type=radio]:checked').length"))
        .as("审核结论 not ticked by an earlier review").isZero();
    assertThat(fieldValue(browser, "审核意见")).as("no comment left by a material review").isEmpty();
    browser.screenshot("01-approve-plan");

    browser.click(By.xpath("//div[contains(@class,'fjs-container')]//label[normalize-space(.)='退回修改']"));
    CamundaForm.of(browser).textarea("审核意见", "请补充列席的分管部门负责人");
    browser.screenshot("02-approve-plan-returned");
    supervisor.complete().waitForTaskGone("审批会议方案");

    Task again = cycle.task(instance, "Task_ReportPlan");
    assertThat(engine.getTaskService().getVariable(again.getId(), "returnComment")).isEqualTo("请补充列席的分管部门负责人");
    TasklistPage office = switchTo(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS);
    office.openTask("报送会议方案");
    CamundaForm.of(browser);
    browser.waitUntil(d -> "请补充列席的分管部门负责人".equals(fieldValue(browser, "上级修改意见")) ? true : null);
    assertThat(fieldValue(browser, "列席人员")).as("the plan as reported, to correct").isEqualTo("县纪委监委派驻纪检监察组组长");
    browser.screenshot("03-report-plan-returned");
  }

  @Test
  void aMeetingHeldAgainStartsWithNoOneTicked(Browser browser) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    CycleDriver cycle = new CycleDriver(engine, today);
    instance = preparedCycle(cycle, today.plusDays(30));
    cycle.reportAndApprovePlan(instance, today.plusDays(30));
    Map<String, Object> invalid = cycle.meetingForm(List.of("wangjianguo", "lihua"));
    invalid.put("absenceNotes", "张敏、孙磊、周燕、吴昊因公出差");
    cycle.complete(cycle.task(instance, "Task_RecordMeeting"), invalid);
    cycle.complete(cycle.task(instance, "Task_RescheduleMeeting"), Map.of("newMeetingDate", today.plusDays(37).toString()));
    cycle.reportAndApprovePlan(instance, today.plusDays(37));

    TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS).openTask("记录会议情况");
    CamundaForm.of(browser);
    browser.waitForText("三、出席的班子成员");
    assertThat(checkedOptions(browser)).as("出席的班子成员").isEmpty();
    assertThat(fieldValue(browser, "缺席人员及书面说明")).isEmpty();
    assertThat(browser.bodyText()).doesNotContain("因公出差");
    browser.script("Array.from(document.querySelectorAll('.fjs-container label'))"
        + ".find(l => l.textContent.includes('出席的班子成员')).scrollIntoView()");
    browser.screenshot("01-record-meeting-again");
  }

  @Test
  void rectificationFormsShowWhatMembersTypedAsText(Browser browser) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    CycleDriver cycle = new CycleDriver(engine, today);
    ProcessInstance rectification = rectificationOfOneItem(cycle, today, HOSTILE, "制定<i>学习</i>计划");
    Task report = cycle.tasksIn(rectification, "Task_ReportProgress").get(0);

    TasklistPage member = TasklistPage.loginAs(browser, "lihua").selectFilter(TasklistFilters.MINE);
    member.openTask(report.getName());
    CamundaForm.of(browser);
    browser.waitForText("整改措施");
    assertThat(fieldValue(browser, "问题")).isEqualTo(HOSTILE);
    assertThat(fieldValue(browser, "整改措施")).isEqualTo("制定<i>学习</i>计划");
    assertThat((Long) browser.script("return document.querySelectorAll('.fjs-container img, .fjs-container b').length"))
        .as("no markup from user text").isZero();
    assertThat(browser.driver().getTitle()).isNotEqualTo("x");
    browser.screenshot("01-report-progress");

    cycle.complete(report, Map.of("reportAction", "extension", "requestedDeadline", today.plusMonths(5).toString(),
        "extensionReason", "需等待<b>上级</b>文件"));
    TasklistPage office = switchTo(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS);
    Task decide = cycle.tasksIn(rectification, "Task_DecideExtension").get(0);
    office.openTask(decide.getName());
    CamundaForm.of(browser);
    browser.waitForText("延期理由");
    assertThat(fieldValue(browser, "延期理由")).isEqualTo("需等待<b>上级</b>文件");
    assertThat((Long) browser.script("return document.querySelectorAll('.fjs-container img, .fjs-container b').length"))
        .isZero();
    browser.screenshot("02-decide-extension");
    cycle.complete(decide, Map.of("extensionDecision", "grant", "extensionComment", ""));
    Task progress = cycle.tasksIn(rectification, "Task_ReportProgress").get(0);
    cycle.complete(progress, Map.of("reportAction", "submit", "progressText", "已完成<b>整改</b>。", "evidence", ""));

    Task verify = cycle.tasksIn(rectification, "Task_VerifyItem").get(0);
    office = switchTo(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS);
    office.openTask(verify.getName());
    CamundaForm.of(browser);
    browser.waitForText("最新进展");
    assertThat(fieldValue(browser, "最新进展")).isEqualTo("已完成<b>整改</b>。");
    assertThat((Long) browser.script("return document.querySelectorAll('.fjs-container img, .fjs-container b').length"))
        .isZero();
    browser.screenshot("03-verify-item");

    cycle.complete(verify, Map.of("verificationDecision", "close", "verificationComment", "同意销号。"));
    cycle.complete(cycle.tasksIn(rectification, "Task_SignReport").get(0), Map.of("reportSigned", true));
    cycle.complete(cycle.tasksIn(rectification, "Task_AcknowledgeReport").get(0),
        Map.of("acknowledgement", "return", "supervisorComment", "请补充<b>整改成效</b>"));
    switchTo(browser, "wangjianguo").selectFilter(TasklistFilters.MINE).openTask("签署整改落实情况报告");
    CamundaForm.of(browser);
    browser.waitForText("督导组退回意见");
    assertThat(fieldValue(browser, "督导组退回意见")).isEqualTo("请补充<b>整改成效</b>");
    assertThat((Long) browser.script("return document.querySelectorAll('.fjs-container img, .fjs-container b').length"))
        .isZero();
    browser.screenshot("04-sign-report-returned");
  }

  @Test
  void aRefusedExtensionReopensTheMembersTaskWithTheRefusalsReason(Browser browser) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    CycleDriver cycle = new CycleDriver(engine, today);
    ProcessInstance rectification = rectificationOfOneItem(cycle, today, "调查研究不够深入", "每季度开展专题调研");
    cycle.complete(cycle.tasksIn(rectification, "Task_ReportProgress").get(0), Map.of("reportAction", "extension",
        "requestedDeadline", today.plusMonths(5).toString(), "extensionReason", "工作较多。"));

    TasklistPage office = TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS);
    office.openTask(cycle.tasksIn(rectification, "Task_DecideExtension").get(0).getName());
    browser.clickText("认领");
    CamundaForm.of(browser).radio("审批意见", "不同意延期").textarea("意见（不同意时必填）", "理由不充分，请按期完成。");
    browser.screenshot("01-extension-refused");
    office.completeAndWait();

    Task reopened = cycle.tasksIn(rectification, "Task_ReportProgress").get(0);
    switchTo(browser, "lihua").selectFilter(TasklistFilters.MINE).openTask(reopened.getName());
    CamundaForm.of(browser);
    browser.waitUntil(d -> "延期申请未获同意：理由不充分，请按期完成。".equals(fieldValue(browser, "组织办退回意见")) ? true : null);
    browser.screenshot("02-report-progress-after-refusal");
  }

  /** 确定参加班子 shows the team's people by name (书记, 班子成员) and submits their user ids. */
  @Test
  void theSeasonsTeamsShowPeopleByNameAndSubmitTheirIds(Browser browser) {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    season = startSeason(year);

    TasklistPage office = TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MY_GROUPS);
    office.openTask("确定参加班子");
    browser.clickText("认领");
    CamundaForm form = CamundaForm.of(browser);
    int teams = form.expandAll("领导班子").count("班子编号");
    int demo = -1;
    for (int row = 0; row < teams; row++) {
      boolean ours = DemoData.TEAM_ID.equals(form.value("班子编号", row));
      demo = ours ? row : demo;
      form.checkbox("发起", row, ours);
    }
    assertThat(demo).as("the demo team among the season's teams").isNotNegative();
    form.select("书记", demo, "王建国");
    assertThat(form.shown("书记", demo)).contains("王建国").doesNotContain("wangjianguo");
    assertThat(form.shown(SEASON_MEMBERS, demo)).contains("李华", "张敏", "孙磊", "周燕", "吴昊").doesNotContain("lihua");
    browser.screenshot("01-season-teams-by-name");
    office.completeAndWait();

    JsonNode launch = JsonValues.tree(engine.getRuntimeService().getVariable(season.getId(), "launchTeams"));
    assertThat(launch).hasSize(1);
    assertThat(launch.get(0).path("secretary").asText()).isEqualTo(DemoData.SECRETARY);
    List<String> members = new ArrayList<>();
    launch.get(0).path("members").forEach(member -> members.add(member.asText()));
    assertThat(members).containsExactlyInAnyOrderElementsOf(DemoData.MEMBERS);
  }

  private ProcessInstance startSeason(int year) {
    Map<String, Object> start = new HashMap<>();
    start.put("year", year);
    start.put("theme", year + "年度民主生活会");
    start.put("areas", "理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律");
    start.put("supervisorGroup", AccessModel.SUPERVISORS_GROUP);
    start.put("windowStart", LocalDate.of(year, 1, 4).toString());
    start.put("windowEnd", LocalDate.of(year, 1, 29).toString());
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("season-launch")
        .latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthentication("liufang", List.of(AccessModel.OFFICE_GROUP));
    try {
      return engine.getFormService().submitStartForm(definition, start);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The demo team's cycle through the meeting to its rectification plan of one item, the item's tasks started. */
  private ProcessInstance rectificationOfOneItem(CycleDriver cycle, LocalDate today, String problem, String measure) {
    instance = preparedCycle(cycle, today);
    cycle.reportAndApprovePlan(instance, today);
    cycle.complete(cycle.task(instance, "Task_RecordMeeting"), cycle.meetingForm(CycleDriver.participants()));
    cycle.followUp(instance, today);
    Job handOver = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    engine.getManagementService().executeJob(handOver.getId());
    ProcessInstance rectification = cycle.rectification(instance);
    cycle.complete(cycle.tasksIn(rectification, "Task_DraftPlan").get(0), Map.of("planItems", CycleDriver.json("""
        [{"keep":true,"problem":%s,"source":"team-material","sourceLabel":"班子对照检查材料","area":"理论学习",
          "measure":%s,"responsible":"lihua","deadline":"%s","type":"限期整改"}]"""
        .formatted(jsonString(problem), jsonString(measure), today.plusMonths(3)))));
    Job items = engine.getManagementService().createJobQuery().processInstanceId(rectification.getId()).singleResult();
    engine.getManagementService().executeJob(items.getId());
    return rectification;
  }

  /** The demo team's cycle up to the plan, the team material approved with the supervisors' comment "同意". */
  private ProcessInstance preparedCycle(CycleDriver cycle, LocalDate meeting) {
    ProcessInstance pi = cycle.start(cycle.startForm(meeting.getYear(), meeting));
    instance = pi;
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
    cycle.complete(cycle.task(pi, "Task_CheckTeamMaterial"), cycle.checkedStructure());
    cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "approve", "reviewComment", "同意"));
    cycle.allMemberMaterialsApproved(pi);
    return pi;
  }

  private static String fieldValue(Browser browser, String label) {
    return (String) browser.script("""
        const label = Array.from(document.querySelectorAll('.fjs-container label'))
          .find(l => l.textContent.replace(/\\s/g, '') === arguments[0]);
        if (!label) { return null; }
        const field = label.closest('.fjs-form-field').querySelector('input, textarea');
        return field ? field.value : null;""", label);
  }

  private static List<String> checkedOptions(Browser browser) {
    @SuppressWarnings("unchecked")
    List<String> checked = (List<String>) browser.script("""
        return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field-checklist input:checked'))
          .map(i => i.closest('label') ? i.closest('label').textContent.trim() : i.value);""");
    return checked;
  }

  /** Another user in the same browser: a new session. */
  private static TasklistPage switchTo(Browser browser, String user) {
    browser.driver().manage().deleteAllCookies();
    return TasklistPage.loginAs(browser, user);
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
