package cn.dlm.rectification.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.demo.DemoData;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.ItemStatus;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.RectificationItem;
import cn.dlm.rectification.process.RectificationScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real cycle (democratic-life-meeting) hands its candidates to rectification, ends when the
 * sign-off is acknowledged, and the same team's next cycle opens with these items (回头看).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class WholeCycleTest {

  private static final int YEAR = 2030;
  private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 4);
  private static final LocalDate MEETING = LocalDate.of(YEAR, 12, 17);

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CycleHistory cycleHistory;
  @Autowired
  MeetingReportDocument meetingReport;
  @Autowired
  CarryOver carryOver;

  RectificationScenario scenario;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    scenario = new RectificationScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCycleEndsWithTheSignOffAndTheNextCycleLooksBackAtItsItems() throws IOException {
    ProcessInstance cycle = cycleUpToRectification();
    ProcessInstance rectification = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(cycle.getId()).processDefinitionKey("rectification").singleResult();
    assertThat(rectification.getBusinessKey()).isEqualTo(DemoData.TEAM_ID + "-" + YEAR);

    JsonNode rows = LedgerJson.tree(runtimeService.getVariable(rectification.getId(), "planItems"));
    List<String> sources = new ArrayList<>();
    rows.forEach(row -> sources.add(row.path("source").asText()));
    assertThat(sources).contains("team-material", "member-material", "opinion", "criticism");

    scenario.submitPlan(rectification, List.of(
        decided(rows, "team-material", "制定班子年度学习计划并逐月督办", "2031-03-31", "限期整改"),
        decided(rows, "criticism", "建立常态化调研机制", "2031-06-30", "长期坚持")));
    String first = YEAR + "-001";
    String second = YEAR + "-002";
    scenario.settle(rectification, first);
    scenario.report(rectification, second, "submit", "调研机制已建立并运行。");
    scenario.verify(rectification, second, "carryOver", "调研机制需长期坚持，结转下年度继续推进。");
    scenario.complete(task(rectification), DemoData.SECRETARY,
        Variables.createVariables().putValue("reportSigned", true));
    scenario.complete(task(rectification), RectificationScenario.SUPERVISOR,
        Variables.createVariables().putValue("acknowledgement", "acknowledge"));

    assertThat(cycle).isEnded();
    List<RectificationItem> handedBack = LedgerJson.items(engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
        .variableName(RectificationContract.ITEMS).singleResult().getValue());
    assertThat(handedBack).extracting(RectificationItem::status)
        .containsExactly(ItemStatus.CLOSED, ItemStatus.CARRIED_OVER);

    try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(
        meetingReport.draft(cycleHistory.cycle(DemoData.TEAM_ID, YEAR).orElseThrow())))) {
      String text = String.join("\n", report.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains("班子成员应到6人，实到6人。", "相互提出批评意见共2条", "1. 学习的系统性不够");
      assertThat(report.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("王建国");
      assertThat(report.getTables().get(1).getRow(1).getCell(2).getText()).isEqualTo("1");
    }

    RectificationScenario.setToday(LocalDate.of(YEAR + 1, 11, 3).atTime(10, 0));
    CycleDriver nextYear = new CycleDriver(engine, LocalDate.of(YEAR + 1, 11, 3));
    ProcessInstance next = nextYear.start(nextYear.startForm(YEAR + 1, LocalDate.of(YEAR + 1, 12, 16)));
    JsonNode previous = LedgerJson.tree(runtimeService.getVariable(next.getId(), "previousRectification"));
    assertThat(previous).hasSize(2);
    assertThat(previous.get(0).path("status").asText()).isEqualTo("已销号");
    assertThat(previous.get(1).path("status").asText()).isEqualTo("结转");
    assertThat(carryOver.previousItems(DemoData.TEAM_ID, YEAR + 1))
        .extracting(item -> item.get("carryOverReason")).containsExactly(null, "调研机制需长期坚持，结转下年度继续推进。");
  }

  private ProcessInstance cycleUpToRectification() {
    RectificationScenario.setToday(TODAY.atTime(10, 0));
    CycleDriver driver = new CycleDriver(engine, TODAY);
    ProcessInstance cycle = driver.start(driver.startForm(YEAR, MEETING));
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    driver.acknowledgeOpinions(cycle);
    driver.recordAllTalks(cycle);
    driver.checkTalks(cycle);
    driver.teamMaterialApproved(cycle);
    driver.allMemberMaterialsApproved(cycle);
    driver.reportAndApprovePlan(cycle, MEETING);
    driver.complete(driver.task(cycle, "Task_RecordMeeting"), driver.meetingForm(CycleDriver.participants()));
    RectificationScenario.setToday(MEETING.plusDays(1).atTime(10, 0));
    driver.followUp(cycle, MEETING.plusDays(1));
    Job handOver = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).singleResult();
    engine.getManagementService().executeJob(handOver.getId());
    assertThat(cycle).isWaitingAt("CallActivity_Rectification");
    return cycle;
  }

  /** The first pre-filled row of that source, kept with the decisions the secretary adds. */
  private static Map<String, Object> decided(JsonNode rows, String source, String measure, String deadline,
      String type) {
    for (JsonNode row : rows) {
      if (source.equals(row.path("source").asText())) {
        Map<String, Object> decided = new LinkedHashMap<>();
        row.fields().forEachRemaining(field -> decided.put(field.getKey(), field.getValue().asText()));
        decided.put("keep", true);
        decided.put("measure", measure);
        decided.put("deadline", deadline);
        decided.put("type", type);
        return decided;
      }
    }
    throw new AssertionError("No candidate from " + source);
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
