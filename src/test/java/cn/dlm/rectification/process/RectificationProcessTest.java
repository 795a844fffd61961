package cn.dlm.rectification.process;

import static cn.dlm.rectification.process.RectificationScenario.candidate;
import static cn.dlm.rectification.process.RectificationScenario.dropped;
import static cn.dlm.rectification.process.RectificationScenario.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.dlm.demo.DemoData;
import cn.dlm.notification.MailContent;
import cn.dlm.notification.MailRecipient;
import cn.dlm.notification.MailRequest;
import cn.dlm.notification.NewTaskMail;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.ItemStatus;
import cn.dlm.rectification.domain.ItemType;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import cn.dlm.rectification.domain.ReviewNote;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"demo", "test"})
class RectificationProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  NewTaskMail newTaskMail;
  @Autowired
  EngineClock clock;
  @Autowired
  WorkingCalendar calendar;

  RectificationScenario scenario;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    RectificationScenario.setToday(RectificationScenario.TODAY);
    scenario = new RectificationScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void planIsPrefilledFromTheCandidatesWithTheirSources() {
    ProcessInstance instance = scenario.start(List.of(
        candidate("team-material", "班子对照检查材料", "team", "理论学习", "理论学习不够系统深入"),
        candidate("criticism", "张敏对李华的批评", "lihua", "工作作风", "调查研究不够深入"),
        candidate("opinion", "座谈会", "someone-else", "担当作为", "服务基层不够主动")));

    assertThat(instance).isWaitingAt("Task_DraftPlan");
    assertThat(task()).isAssignedTo(DemoData.SECRETARY);
    assertThat(taskService.getIdentityLinksForTask(task().getId()))
        .anyMatch(link -> "organizing-office".equals(link.getGroupId()));
    JsonNode rows = LedgerJson.tree(runtimeService.getVariable(instance.getId(), "planItems"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).path("responsible").asText()).isEqualTo(DemoData.SECRETARY);
    assertThat(rows.get(1).path("responsible").asText()).isEqualTo("lihua");
    assertThat(rows.get(1).path("source").asText()).isEqualTo("criticism");
    assertThat(rows.get(1).path("sourceLabel").asText()).isEqualTo("张敏对李华的批评");
    assertThat(rows.get(2).path("responsible").asText())
        .as("a candidate about someone outside the team goes to the secretary").isEqualTo(DemoData.SECRETARY);
    assertThat(rows.get(0).path("keep").asBoolean()).isTrue();
    assertThat(rows.get(0).path("measure").asText()).isEmpty();
    JsonNode options = LedgerJson.tree(runtimeService.getVariable(instance.getId(), "responsibleOptions"));
    assertThat(options).hasSize(6);
    assertThat(options.get(0).path("label").asText()).isEqualTo("王建国（书记）");
    assertThat(runtimeService.getVariable(instance.getId(), "phase")).isEqualTo("整改落实");
  }

  @Test
  void aPlanOfThreeItemsRunsThreeParallelItemFlowsWithTheDeadlineAsDueDate() {
    ProcessInstance instance = scenario.start(List.of());
    scenario.submitPlan(instance, List.of(
        row("理论学习不够系统深入", "制定班子年度学习计划", "wangjianguo", "2027-03-31", "限期整改"),
        dropped(row("与第一条重复", "—", "lihua", "2027-03-31", "限期整改")),
        row("调查研究不够深入", "每季度开展专题调研", "lihua", "2027-06-30", "长期坚持"),
        row("会风会纪不严", "立即修订会议制度", "zhangmin", "2027-01-15", "立行立改")));

    assertThat(instance).isWaitingAt("SubProcess_RectifyItem");
    List<Task> tasks = scenario.reportTasks(instance);
    assertThat(tasks).extracting(Task::getAssignee).containsExactly("lihua", "wangjianguo", "zhangmin");
    Task lihua = tasks.get(0);
    assertThat(lihua.getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 6, 30)));
    assertThat(taskService.getVariable(lihua.getId(), "itemId")).isEqualTo("2026-002");
    assertThat(scenario.item(instance, "2026-001").problem()).isEqualTo("理论学习不够系统深入");
    assertThat(scenario.item(instance, "2026-003").type()).isEqualTo(ItemType.IMMEDIATE);
    assertThat(scenario.item(instance, "2026-003").status()).isEqualTo(ItemStatus.PENDING);
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(3, 3, 0, 0, 0));
    assertThat(runtimeService.getVariable(instance.getId(), "openItems")).isEqualTo(3);
    assertThat(LedgerJson.items(runtimeService.getVariable(instance.getId(), RectificationContract.ITEMS))).hasSize(3);
    assertThat(runtimeService.getVariables(instance.getId()))
        .as("the members' item tasks run here now: no candidate (criticisms, materials' problems) or plan row stays")
        .doesNotContainKeys("rectificationCandidates", "planItems");
  }

  @Test
  void reportsThenVerificationClosesTheItem() {
    ProcessInstance instance = planOfTwo();

    scenario.report(instance, "2026-001", "progress", "已制定学习计划初稿。");
    assertThat(scenario.item(instance, "2026-001").status()).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-001"))
        .as("several reports are allowed: the item stays with the member").isNotNull();

    scenario.report(instance, "2026-001", "submit", "学习计划已印发并执行，附计划文件。");
    assertThat(scenario.item(instance, "2026-001").status()).isEqualTo(ItemStatus.AWAITING_VERIFICATION);
    Task verification = scenario.taskFor(instance, "Task_VerifyItem", "2026-001");
    assertThat(verification).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(verification.getId()))
        .anyMatch(link -> "organizing-office".equals(link.getGroupId()));

    scenario.verify(instance, "2026-001", "close", "佐证齐全，同意销号。");

    RectificationItem closed = scenario.item(instance, "2026-001");
    assertThat(closed.status()).isEqualTo(ItemStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(RectificationScenario.TODAY.toLocalDate());
    assertThat(closed.latestProgress()).isEqualTo("学习计划已印发并执行，附计划文件。");
    assertThat(closed.reports()).hasSize(2);
    assertThat(closed.reports().get(1).by()).isEqualTo("wangjianguo");
    assertThat(closed.reviews().get(0).by()).isEqualTo(RectificationScenario.OFFICE_USER);
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-001")).isNull();
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-002"))
        .as("the other item runs on its own").isNotNull();
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(2, 1, 0, 1, 0));
    assertThat(runtimeService.getVariable(instance.getId(), "closedItems")).isEqualTo(1);
  }

  @Test
  void aReturnedItemGoesBackToTheMemberWithTheOfficesComment() {
    ProcessInstance instance = planOfTwo();
    scenario.report(instance, "2026-002", "submit", "已开展一次调研。");

    scenario.verify(instance, "2026-002", "return", "调研报告未形成，请补充。");

    RectificationItem returned = scenario.item(instance, "2026-002");
    assertThat(returned.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(returned.reviews()).extracting(ReviewNote::comment).containsExactly("调研报告未形成，请补充。");
    Task again = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(again.getAssignee()).isEqualTo("lihua");
    JsonNode shown = LedgerJson.tree(taskService.getVariable(again.getId(), "item"));
    assertThat(shown.path("reviews").get(0).path("comment").asText()).isEqualTo("调研报告未形成，请补充。");

    scenario.report(instance, "2026-002", "submit", "调研报告已形成并印发。");
    assertThat(scenario.taskFor(instance, "Task_VerifyItem", "2026-002")).isNotNull();
  }

  /** As a returned draft shows 上次审核意见, a returned item shows the office's comment, until the member reports again. */
  @Test
  void theReturnedItemsTaskShowsTheOfficesCommentUntilTheMemberReportsAgain() {
    ProcessInstance instance = planOfTwo();
    Task first = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(first.getId(), "itemReturnComment")).as("a new item was not returned")
        .isEqualTo("");
    scenario.report(instance, "2026-002", "submit", "已开展一次调研。");

    scenario.verify(instance, "2026-002", "return", "调研报告未形成，请补充。");

    Task returned = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(returned.getId(), "itemReturnComment")).isEqualTo("调研报告未形成，请补充。");
    assertThat(scenario.item(instance, "2026-002").returnComment()).isEqualTo("调研报告未形成，请补充。");

    scenario.report(instance, "2026-002", "progress", "调研报告正在起草。");

    Task reported = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(reported.getId(), "itemReturnComment"))
        .as("the member's own report reopens the task as his, not as returned").isEqualTo("");
    assertThat(scenario.item(instance, "2026-002").returnComment()).isNull();
  }

  @Test
  void aGrantedExtensionMovesTheDeadlineAndTheDueDate() {
    ProcessInstance instance = planOfTwo();

    scenario.requestExtension(instance, "2026-002", "2027-09-30", "需结合年中调研统筹推进。");
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-002")).isNull();
    scenario.decideExtension(instance, "2026-002", "grant", "同意。");

    RectificationItem item = scenario.item(instance, "2026-002");
    assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(item.extensionRequest()).isNull();
    Task task = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(task.getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 9, 30)));
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("BoundaryEvent_DeadlinePassed").list().stream()
        .filter(job -> job.getExecutionId() != null && job.getDuedate().after(endOf(LocalDate.of(2027, 6, 30))))
        .findFirst().orElseThrow();
    assertThat(timer.getDuedate()).isEqualTo(endOf(LocalDate.of(2027, 9, 30)));
  }

  @Test
  void aRejectedExtensionKeepsTheDeadline() {
    ProcessInstance instance = planOfTwo();
    scenario.requestExtension(instance, "2026-002", "2027-09-30", "工作较多。");

    scenario.decideExtension(instance, "2026-002", "reject", "理由不充分，请按期完成。");

    assertThat(scenario.item(instance, "2026-002").deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-002").getDueDate())
        .isEqualTo(endOf(LocalDate.of(2027, 6, 30)));
  }

  /** A refused extension reopens 报告整改进展 as returned items do: the refusal and its reason shown, until the next report. */
  @Test
  void aRejectedExtensionReopensTheMembersTaskWithTheRefusalsReason() {
    ProcessInstance instance = planOfTwo();
    scenario.requestExtension(instance, "2026-002", "2027-09-30", "工作较多。");

    scenario.decideExtension(instance, "2026-002", "reject", "理由不充分，请按期完成。");

    Task reopened = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(reopened.getId(), "itemReturnComment"))
        .isEqualTo("延期申请未获同意：理由不充分，请按期完成。");
    MailContent mail = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> newTaskMail.build(new MailRequest(newTaskMail.kind(), "lihua",
            List.of(reopened.getId()), "rejected-extension", new Date()),
            new MailRecipient("lihua", "lihua@dlm.example.cn", "李华"))).orElseThrow();
    assertThat(mail.subject()).isEqualTo("【退回修改】" + reopened.getName());
    assertThat(mail.text()).contains("延期申请未获同意：理由不充分，请按期完成。");

    scenario.report(instance, "2026-002", "progress", "已按原时限推进。");

    Task reported = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(reported.getId(), "itemReturnComment")).isEqualTo("");
  }

  @Test
  void aGrantedExtensionReopensTheMembersTaskAsHisOwn() {
    ProcessInstance instance = planOfTwo();
    scenario.requestExtension(instance, "2026-002", "2027-09-30", "需结合年中调研统筹推进。");

    scenario.decideExtension(instance, "2026-002", "grant", "同意。");

    Task reopened = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");
    assertThat(taskService.getVariable(reopened.getId(), "itemReturnComment")).isEqualTo("");
  }

  @Test
  void aPassedDeadlineMarksTheItemOverdueAndTheTaskStaysOpen() {
    ProcessInstance instance = planOfTwo();
    RectificationScenario.setToday(LocalDateTime.of(2027, 4, 1, 9, 0));

    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
    managementService.executeJob(timer.getId());

    assertThat(scenario.item(instance, "2026-001").isOverdue()).isTrue();
    assertThat(scenario.item(instance, "2026-002").isOverdue()).isFalse();
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(2, 2, 1, 0, 0));
    assertThat(runtimeService.getVariable(instance.getId(), "overdueItems")).isEqualTo(1);
    Task late = scenario.taskFor(instance, "Task_ReportProgress", "2026-001");
    assertThat(late).as("the reminder still has a task to chase").isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .dueBefore(ClockUtil.getCurrentTime()).list())
        .as("what the 已逾期 filter shows").extracting(Task::getId).containsExactly(late.getId());

    scenario.settle(instance, "2026-001");
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(2, 1, 0, 1, 0));
  }

  @Test
  void whenEveryItemIsSettledTheSecretarySignsAndTheSupervisorAcknowledges() {
    ProcessInstance instance = planOfTwo();
    scenario.settle(instance, "2026-001");
    scenario.report(instance, "2026-002", "submit", "已完成第一阶段调研。");
    scenario.verify(instance, "2026-002", "carryOver", "调研机制需长期坚持，结转下年度继续推进。");

    assertThat(instance).isWaitingAt("Task_SignReport");
    assertThat(task()).isAssignedTo(DemoData.SECRETARY);
    assertThat(runtimeService.getVariable(instance.getId(), "phase")).isEqualTo("整改签收");
    String draft = (String) taskService.getVariable(task().getId(), "reportText");
    assertThat(draft).contains("共确定整改事项2项", "验收销号1项", "结转下年度1项", "调研机制需长期坚持");

    scenario.complete(task(), DemoData.SECRETARY, org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("reportText", draft + "下一步将持续推进。").putValue("reportSigned", true));
    assertThat(instance).isWaitingAt("Task_AcknowledgeReport");
    assertThat(task()).hasCandidateGroup("supervisors");
    assertThat((String) taskService.getVariable(task().getId(), "signedReportText")).endsWith("下一步将持续推进。");

    scenario.complete(task(), RectificationScenario.SUPERVISOR, org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("acknowledgement", "return").putValue("supervisorComment", "请补充下一步打算。"));
    assertThat(instance).isWaitingAt("Task_SignReport");
    assertThat((String) taskService.getVariable(task().getId(), "reportText")).endsWith("下一步将持续推进。");

    scenario.complete(task(), DemoData.SECRETARY, org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("reportSigned", true));
    scenario.complete(task(), RectificationScenario.SUPERVISOR, org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("acknowledgement", "acknowledge"));

    assertThat(instance).isEnded();
    var history = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).executionIdIn(instance.getId());
    List<RectificationItem> items = LedgerJson.items(history.variableName(RectificationContract.ITEMS).singleResult().getValue());
    assertThat(items).extracting(RectificationItem::status)
        .containsExactly(ItemStatus.CLOSED, ItemStatus.CARRIED_OVER);
    assertThat(items.get(1).carryOverReason()).isEqualTo("调研机制需长期坚持，结转下年度继续推进。");
    JsonNode report = LedgerJson.tree(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(RectificationContract.REPORT).singleResult().getValue());
    assertThat(report.path("signedBy").asText()).isEqualTo(DemoData.SECRETARY);
    assertThat(report.path("reviewedBy").asText()).isEqualTo(RectificationScenario.SUPERVISOR);
    assertThat(report.path("acknowledged").asBoolean()).isTrue();
  }

  @Test
  void itemDecisionsWithoutTheRequiredWordsAreRefusedAndChangeNothing() {
    ProcessInstance instance = planOfTwo();
    scenario.report(instance, "2026-002", "submit", "已开展一次调研。");

    assertThatThrownBy(() -> scenario.verify(instance, "2026-002", "return", " "))
        .isInstanceOf(InvalidSubmission.class).hasMessage("退回整改时，请写明需要继续整改的意见。");
    assertThatThrownBy(() -> scenario.verify(instance, "2026-002", "carryOver", ""))
        .isInstanceOf(InvalidSubmission.class).hasMessage("结转下年度时，请写明结转理由。");
    assertThat(scenario.item(instance, "2026-002").status()).isEqualTo(ItemStatus.AWAITING_VERIFICATION);
    assertThat(scenario.taskFor(instance, "Task_VerifyItem", "2026-002")).isNotNull();

    assertThatThrownBy(() -> scenario.requestExtension(instance, "2026-001", "2027-03-01", "事情较多。"))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("申请延至的日期（2027-03-01）须晚于当前完成时限（2027-03-31）。");
    assertThatThrownBy(() -> scenario.report(instance, "2026-001", "progress", ""))
        .isInstanceOf(InvalidSubmission.class).hasMessage("请填写整改进展。");
    assertThat(scenario.item(instance, "2026-001").reports()).isEmpty();
    assertThat(scenario.taskFor(instance, "Task_ReportProgress", "2026-001")).isNotNull();
  }

  @Test
  void itemTasksAreNamedAfterTheirProblem() {
    ProcessInstance instance = planOfTwo();

    Task task = scenario.taskFor(instance, "Task_ReportProgress", "2026-002");

    assertThat(task.getName()).isEqualTo("报告整改进展：调查研究不够深入");
    assertThat(task.getDescription()).startsWith("问题：调查研究不够深入\n\n责任人报告本事项的整改进展");
  }

  @Test
  void aLongRectificationReportIsSignedAndKeptWhole() {
    ProcessInstance instance = scenario.start(List.of());
    scenario.submitPlan(instance, RectificationScenario.rows(45));
    for (int i = 1; i <= 45; i++) {
      scenario.settle(instance, "2026-%03d".formatted(i));
    }

    assertThat(instance).isWaitingAt("Task_SignReport");
    String draft = (String) taskService.getVariable(task().getId(), "reportText");
    assertThat(draft.length()).as("longer than the engine's 4,000-character text column").isGreaterThan(4_000);
    scenario.complete(task(), DemoData.SECRETARY, org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("reportText", draft).putValue("reportSigned", true));
    assertThat((String) taskService.getVariable(task().getId(), "signedReportText")).isEqualTo(draft.strip());
  }

  @Test
  void thePlanAndTheDecisionsAreDueInWorkingDaysAndARowIsProposedThreeMonthsOutAsTheDeadlineTableSays() {
    LocalDate today = RectificationScenario.TODAY.toLocalDate();
    ProcessInstance instance = scenario.start(List.of(
        candidate("opinion", "座谈会", "lihua", "担当作为", "服务基层不够主动")));

    assertThat(scenario.planTask(instance).getDueDate()).as("制定整改方案: 10 working days")
        .isEqualTo(clock.endOfWorkingDay(calendar.plusWorkingDays(today, 10)));
    JsonNode rows = LedgerJson.tree(runtimeService.getVariable(instance.getId(), "planItems"));
    assertThat(rows.get(0).path("deadline").asText())
        .as("the meeting (2026-12-20) has passed: three months from today").isEqualTo("2027-03-28");

    scenario.submitPlan(instance, List.of(row("服务基层不够主动", "建立联系点制度", "lihua", "2027-03-31", "限期整改")));
    scenario.report(instance, "2026-001", "submit", "联系点制度已建立。");
    assertThat(scenario.taskFor(instance, "Task_VerifyItem", "2026-001").getDueDate()).as("验收: 5 working days")
        .isEqualTo(clock.endOfWorkingDay(calendar.plusWorkingDays(today, 5)));
  }

  private ProcessInstance planOfTwo() {
    ProcessInstance instance = scenario.start(List.of());
    scenario.submitPlan(instance, List.of(
        row("理论学习不够系统深入", "制定班子年度学习计划", "wangjianguo", "2027-03-31", "限期整改"),
        row("调查研究不够深入", "每季度开展专题调研", "lihua", "2027-06-30", "长期坚持")));
    return instance;
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(RectificationScenario.ZONE).toInstant());
  }

}
