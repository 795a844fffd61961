package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.rectification.history.CycleHistory;
import cn.dlm.rectification.history.MeetingReportDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each task starts from its own data (issue 13, items 4, 7 and 8): a form shows what its own step is about and
 * what the user must see again — never a value another step left behind. Forms are read as Tasklist reads them
 * ({@code getTaskFormVariables}) and submitted back the way Tasklist does, with every field as shown unless the
 * user changed it.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class TaskOwnDataTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final int YEAR = 2041;
  static final LocalDate TODAY = LocalDate.of(YEAR, 11, 2);
  static final LocalDate MEETING = LocalDate.of(YEAR, 12, 14);

  @Autowired ProcessEngine engine;
  @Autowired CycleHistory history;
  @Autowired MeetingReportDocument meetingReport;
  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant()));
    cycle = new CycleDriver(engine, TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void thePlanApprovalStartsEmptyShowsThePlanAndReturnsWithItsOwnComment() {
    ProcessInstance pi = preparedCycle("同意");

    Task report = cycle.task(pi, "Task_ReportPlan");
    VariableMap reportForm = formOf(report);
    assertThat(reportForm.values()).as("no review comment of the materials").doesNotContain("同意");
    assertThat(reportForm.getValue("returnComment", String.class)).as("上级修改意见 on the first plan").isEmpty();
    assertThat(reportForm.getValue("planMeetingDate", String.class)).isEqualTo(MEETING.toString());
    cycle.complete(report, cycle.planForm(MEETING));

    Task approval = cycle.task(pi, "Task_ApprovePlan");
    VariableMap approvalForm = formOf(approval);
    assertThat(approvalForm.getValue("decision", String.class)).as("审核结论 not ticked").isEmpty();
    assertThat(approvalForm.getValue("reviewComment", String.class)).as("审核意见").isEmpty();
    assertThat(approvalForm.getValue("meetingDay", String.class)).isEqualTo(MEETING.toString());
    assertThat(strings(approvalForm.get("plannedAttendees"))).containsExactlyElementsOf(CycleDriver.participants());
    assertThat(approvalForm.getValue("plannedObservers", String.class)).isEqualTo("督导组全体");
    assertThat(approvalForm.getValue("plannedAgenda", String.class)).isEqualTo("一、通报上年度整改情况");
    cycle.complete(approval, Map.of("decision", "reject", "reviewComment", "请补充列席人员"));

    VariableMap again = formOf(cycle.task(pi, "Task_ReportPlan"));
    assertThat(again.getValue("returnComment", String.class)).isEqualTo("请补充列席人员");
    assertThat(again.getValue("planObservers", String.class)).as("the plan as reported, to correct").isEqualTo("督导组全体");
    assertThat(strings(again.get("planAttendees"))).containsExactlyElementsOf(CycleDriver.participants());
    cycle.complete(cycle.task(pi, "Task_ReportPlan"), cycle.planForm(MEETING));
    cycle.complete(cycle.task(pi, "Task_ApprovePlan"), Map.of("decision", "approve", "reviewComment", "同意"));

    assertThat(formOf(cycle.task(pi, "Task_RecordMeeting")).values())
        .as("the plan's comments are not the meeting's").doesNotContain("同意", "请补充列席人员");
  }

  @Test
  void aMeetingHeldAgainAfterAnInvalidOneStartsEmptyAndTheReportTellsTheValidOne() throws IOException {
    ProcessInstance pi = preparedCycle("");
    cycle.reportAndApprovePlan(pi, MEETING);
    List<String> few = List.of("wangjianguo", "lihua", "zhangmin");
    Map<String, Object> invalid = cycle.meetingForm(few);
    invalid.put("absenceNotes", "孙磊、周燕、吴昊因公出差，已提交书面说明");
    cycle.complete(cycle.task(pi, "Task_RecordMeeting"), invalid);
    LocalDate newMeeting = MEETING.plusDays(7);
    cycle.complete(cycle.task(pi, "Task_RescheduleMeeting"), Map.of("newMeetingDate", newMeeting.toString()));
    cycle.reportAndApprovePlan(pi, newMeeting);

    Task second = cycle.task(pi, "Task_RecordMeeting");
    VariableMap shown = formOf(second);
    assertThat(strings(shown.get("presentMembers"))).as("出席的班子成员").isEmpty();
    assertThat(shown.getValue("absenceNotes", String.class)).as("缺席人员及书面说明").isEmpty();
    assertThat(rows(shown.get("criticisms"))).as("相互批评意见: one empty row to fill in").containsExactly(Map.of());
    // Everyone attends; Tasklist sends every field back as shown, with the user's entries.
    Map<String, Object> submitted = cycle.meetingForm(CycleDriver.participants());
    submitted.putAll(asShown(shown, "previousRectificationReport", "opinionReport", "absenceNotes"));
    cycle.complete(second, submitted);

    String report = text(meetingReport.draft(history.cycle(TestTeam.DEMO.id(), YEAR).orElseThrow()));
    assertThat(report).contains("班子成员应到6人，实到6人").doesNotContain("缺席", "因公出差");
  }

  @Test
  void aResubmittedMaterialKeepsTheAuthorsCorrectionsWhereTheTextDidNotChange() {
    ProcessInstance pi = startedCycle();
    String firstDraft = """
        一、存在的问题
        （一）理论学习方面。一是学习的系统性不够。二是学用结合不紧。
        二、原因分析
        1.理想信念有所松懈。
        三、整改措施
        1.加强理论武装。
        """;
    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", firstDraft));
    Task check = cycle.task(pi, "Task_CheckTeamMaterial");
    VariableMap parsed = formOf(check);
    List<Map<String, Object>> problems = rows(parsed.get("problems"));
    assertThat(problems).hasSize(2);
    problems.get(0).put("title", "理论学习缺乏系统规划");
    List<Map<String, Object>> measures = rows(parsed.get("measures"));
    measures.add(new HashMap<>(Map.of("title", "建立班子学习台账", "text", "逐月登记学习情况。")));
    cycle.complete(check, Map.of("problems", CycleDriver.json(json(problems)), "causes", parsed.get("causes"),
        "measures", CycleDriver.json(json(measures))));
    cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "reject", "reviewComment", "学用结合写得不具体"));

    Task redraft = cycle.task(pi, "Task_DraftTeamMaterial");
    VariableMap draftForm = formOf(redraft);
    cycle.complete(redraft, Map.of("materialText",
        firstDraft.replace("二是学用结合不紧。", "二是调研成果转化不够，学用结合不紧。")));

    VariableMap revised = formOf(cycle.task(pi, "Task_CheckTeamMaterial"));
    List<Map<String, Object>> revisedProblems = rows(revised.get("problems"));
    assertThat(revisedProblems).extracting(row -> row.get("title"))
        .as("the unchanged problem keeps the author's title; the changed one is parsed afresh")
        .containsExactly("理论学习缺乏系统规划", "调研成果转化不够，学用结合不紧");
    assertThat(rows(revised.get("measures"))).extracting(row -> row.get("title"))
        .containsExactly("加强理论武装", "建立班子学习台账");
    assertThat(draftForm.getValue("materialText", String.class)).as("the returned draft").isEqualTo(firstDraft);
    assertThat(draftForm.getValue("returnComment", String.class)).isEqualTo("学用结合写得不具体");
  }

  /** A cycle of the demo team up to the plan: materials reviewed with {@code materialComment}. */
  private ProcessInstance preparedCycle(String materialComment) {
    ProcessInstance pi = startedCycle();
    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
    cycle.complete(cycle.task(pi, "Task_CheckTeamMaterial"), cycle.checkedStructure());
    cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "approve", "reviewComment", materialComment));
    cycle.allMemberMaterialsApproved(pi);
    return pi;
  }

  private ProcessInstance startedCycle() {
    String businessKey = TestTeam.DEMO.id() + "-" + YEAR;
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test", false, true));
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
    ProcessInstance pi = cycle.start(cycle.startForm(YEAR, MEETING));
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    return pi;
  }

  private VariableMap formOf(Task task) {
    return engine.getFormService().getTaskFormVariables(task.getId());
  }

  private static Map<String, Object> asShown(VariableMap form, String... fields) {
    Map<String, Object> values = new HashMap<>();
    for (String field : fields) {
      values.put(field, form.getValue(field, Object.class));
    }
    return values;
  }

  private static List<Object> strings(Object json) {
    return ((SpinJsonNode) json).elements().stream().map(node -> node.isString() ? (Object) node.stringValue() : node)
        .collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Object json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toString(), List.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
  }
}
