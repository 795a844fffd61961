package cn.dlm.rectification.process;

import static cn.dlm.rectification.process.RectificationScenario.dropped;
import static cn.dlm.rectification.process.RectificationScenario.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dlm.demo.DemoData;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.LedgerSummary;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Bad plans are refused whole with a message that says what to correct; big plans go through. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class RectificationPlanInputTest {

  private static final Logger LOG = LoggerFactory.getLogger(RectificationPlanInputTest.class);

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

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
  void aResponsiblePersonOutsideTheTeamIsRefusedAndNothingIsCreated() {
    ProcessInstance instance = scenario.start(List.of());

    assertThatThrownBy(() -> scenario.submitPlan(instance, List.of(
        row("理论学习不够系统深入", "制定学习计划", "wangjianguo", "2027-03-31", "限期整改"),
        row("调查研究不够深入", "开展专题调研", "zhaoqiang", "2027-03-31", "限期整改"))))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("整改方案有1处需要修改：第2项：责任人“赵强”不是本班子成员。");

    assertNothingCreated(instance);
  }

  @Test
  void aDeadlineNotAfterTheMeetingIsRefused() {
    ProcessInstance instance = scenario.start(List.of());

    assertThatThrownBy(() -> scenario.submitPlan(instance, List.of(
        row("理论学习不够系统深入", "制定学习计划", "wangjianguo", "2026-12-20", "立行立改"),
        row("调查研究不够深入", "开展专题调研", "lihua", "2026-12-01", "限期整改"),
        row("会风会纪不严", "修订会议制度", "zhangmin", "明年三月", "限期整改"))))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageContaining("第1项：完成时限（2026-12-20）须晚于会议召开日期（2026-12-20）")
        .hasMessageContaining("第2项：完成时限（2026-12-01）须晚于会议召开日期（2026-12-20）")
        .hasMessageContaining("第3项：完成时限“明年三月”不是有效日期");

    assertNothingCreated(instance);
  }

  @Test
  void everyMistakeIsListedWithTheRowNumberTheUserSees() {
    ProcessInstance instance = scenario.start(List.of());

    assertThatThrownBy(() -> scenario.submitPlan(instance, List.of(
        dropped(row("不纳入的候选", "", "", "", "")),
        row("理论学习不够系统深入", " ", "wangjianguo", "2027-03-31", "限期整改"),
        row("", "开展专题调研", "", "2027-03-31", "随便整改"))))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("整改方案有4处需要修改：第2项：整改措施不能为空；第3项：问题不能为空；第3项：请选择责任人；"
            + "第3项：请选择整改类型（立行立改、限期整改或长期坚持）。");

    assertNothingCreated(instance);
  }

  @Test
  void aPlanWithoutItemsIsRefused() {
    ProcessInstance instance = scenario.start(List.of());
    assertThat(LedgerJson.tree(runtimeService.getVariable(instance.getId(), "planItems"))).isEmpty();

    assertThatThrownBy(() -> scenario.submitPlan(instance, List.of()))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith("整改方案中没有整改事项");
    assertThatThrownBy(() -> scenario.submitPlan(instance,
        List.of(dropped(row("不纳入", "—", "lihua", "2027-03-31", "限期整改")))))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageStartingWith("整改方案中没有整改事项");

    assertNothingCreated(instance);
  }

  @Test
  void fiveHundredItemsRunAsFiveHundredParallelFlows() {
    ProcessInstance instance = scenario.start(List.of());

    long started = System.nanoTime();
    scenario.complete(scenario.planTask(instance), DemoData.SECRETARY, org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("planItems", JsonValues.json(RectificationScenario.rows(500))));
    LOG.info("Submitting a plan of 500 items took {} ms", (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    scenario.startItemFlows(instance);
    LOG.info("Starting 500 item flows took {} ms", (System.nanoTime() - started) / 1_000_000);

    assertThat(scenario.reportTasks(instance)).hasSize(500);
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(500, 500, 0, 0, 0));
    assertThat(scenario.item(instance, "2026-500").problem()).isEqualTo("问题500：学习不够深入");

    started = System.nanoTime();
    scenario.settle(instance, "2026-250");
    LOG.info("Settling one item of 500 took {} ms", (System.nanoTime() - started) / 1_000_000);
    assertThat(scenario.summary(instance)).isEqualTo(new LedgerSummary(500, 499, 0, 1, 0));
  }

  @Test
  void morePlanItemsThanTheLimitAreRefused() {
    ProcessInstance instance = scenario.start(List.of());

    assertThatThrownBy(() -> scenario.submitPlan(instance, RectificationScenario.rows(1001)))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("整改方案共有1001项，超过一次最多1000项的上限：请合并相近的问题后再提交。");

    assertNothingCreated(instance);
  }

  private void assertNothingCreated(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_DraftPlan");
    assertThat(scenario.planTask(instance).getAssignee()).isEqualTo(DemoData.SECRETARY);
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables.keySet()).noneMatch(RectificationContract::isItemVariable).doesNotContain(RectificationContract.ITEMS);
    assertThat(scenario.summary(instance)).isEqualTo(LedgerSummary.EMPTY);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }
}
