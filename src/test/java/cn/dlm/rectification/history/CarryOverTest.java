package cn.dlm.rectification.history;

import static cn.dlm.rectification.process.RectificationScenario.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.dlm.cycle.CycleContract;
import cn.dlm.demo.DemoData;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.process.RectificationScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 回头看: next year's cycle of the same team opens with last year's items and their final state.
 * The main process is stood in for by a stub deployed in a context of its own, so that no other
 * test ever starts the stub.
 */
@SpringBootTest(properties = "dlm.test.context=carry-over")
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class CarryOverTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  CarryOver carryOver;

  RectificationScenario scenario;
  Deployment stub;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    scenario = new RectificationScenario(engine);
    stub = repositoryService.createDeployment().name("cycle-stub")
        .addClasspathResource("rectification/cycle-stub.bpmn").deploy();
  }

  @AfterEach
  void tearDown() {
    repositoryService.deleteDeployment(stub.getId(), true);
    ClockUtil.reset();
  }

  @Test
  void nextYearsCycleShowsLastYearsItemsWithTheirFinalState() {
    RectificationScenario.setToday(LocalDateTime.of(2025, 12, 28, 10, 0));
    ProcessInstance lastYear = scenario.start(CycleContract.PROCESS_KEY, DemoData.TEAM_ID, 2025, List.of());
    assertThat(variable(lastYear, "previousRectification")).as("a team's first cycle").isEmpty();
    ProcessInstance rectification = calledProcessInstance(lastYear);
    scenario.submitPlan(rectification, List.of(
        row("理论学习不够系统深入", "制定班子年度学习计划", "wangjianguo", "2026-03-31", "限期整改"),
        row("调查研究不够深入", "建立常态化调研机制", "lihua", "2026-06-30", "长期坚持")));

    assertThat(carryOver.previousItems(DemoData.TEAM_ID, 2026))
        .as("while last year's cycle still runs, its items as they stand")
        .extracting(item -> item.get("status")).containsExactly("待整改", "待整改");

    scenario.settle(rectification, "2025-001");
    scenario.report(rectification, "2025-002", "submit", "调研机制已建立。");
    scenario.verify(rectification, "2025-002", "carryOver", "调研机制需长期坚持，结转下年度。");
    scenario.complete(task(rectification), DemoData.SECRETARY,
        Variables.createVariables().putValue("reportSigned", true));
    scenario.complete(task(rectification), RectificationScenario.SUPERVISOR,
        Variables.createVariables().putValue("acknowledgement", "acknowledge"));
    assertThat(lastYear).isEnded();

    RectificationScenario.setToday(LocalDateTime.of(2026, 10, 8, 9, 0));
    ProcessInstance thisYear = scenario.start(CycleContract.PROCESS_KEY, DemoData.TEAM_ID, 2026, List.of());

    JsonNode previous = variable(thisYear, "previousRectification");
    assertThat(previous).hasSize(2);
    assertThat(previous.get(0).path("problem").asText()).isEqualTo("理论学习不够系统深入");
    assertThat(previous.get(0).path("status").asText()).isEqualTo("已销号");
    assertThat(previous.get(0).path("closedAt").asText()).isEqualTo("2025-12-28");
    assertThat(previous.get(1).path("status").asText()).isEqualTo("结转");
    assertThat(previous.get(1).path("carryOverReason").asText()).isEqualTo("调研机制需长期坚持，结转下年度。");
    assertThat(previous.get(1).path("responsible").asText()).isEqualTo("lihua");

    List<Map<String, Object>> items = carryOver.previousItems(DemoData.TEAM_ID, 2026);
    assertThat(items).extracting(item -> item.get("id")).containsExactly("2025-001", "2025-002");
    assertThat(items.get(1)).containsEntry("deadline", "2026-06-30").containsEntry("type", "长期坚持");
    assertThat(carryOver.previousItems("county-party-committee", 2026)).as("another team").isEmpty();
  }

  private JsonNode variable(ProcessInstance instance, String name) {
    return LedgerJson.tree(runtimeService.getVariable(instance.getId(), name));
  }
}
