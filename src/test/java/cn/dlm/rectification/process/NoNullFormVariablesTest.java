package cn.dlm.rectification.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist sends every form field back with the type of the variable it read; a variable typed {@code Null} (an
 * empty input parameter) makes the submission fail (issue 13, item 2: 记录谈心谈话). A whole cycle with every
 * loop — a second talks round, returned materials and plan, an invalid meeting, an extension, a returned item and
 * a returned sign-off — is driven, and every task is looked at right after it is created: none of its form's
 * fields may be backed by a {@code Null} variable.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class NoNullFormVariablesTest {

  private static final int YEAR = 2042;
  private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 2);
  private static final LocalDate MEETING = LocalDate.of(YEAR, 12, 14);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;

  private final Set<String> seen = new TreeSet<>();
  private final List<String> nullFields = new ArrayList<>();
  private CycleDriver driver;
  private RectificationScenario scenario;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void noTaskOfTheCycleHasAFormFieldTypedNull() throws IOException {
    RectificationScenario.setToday(TODAY.atTime(10, 0));
    driver = new CycleDriver(engine, TODAY);
    scenario = new RectificationScenario(engine);
    ProcessInstance cycle = driver.start(driver.startForm(YEAR, MEETING));
    look();
    driver.recordStudy(cycle);
    look();
    driver.collectOpinions(cycle);
    look();
    driver.acknowledgeOpinions(cycle);
    look();
    for (Task talks : driver.tasks(cycle, "Task_RecordTalks")) {
      String partner = talks.getAssignee().equals(DemoData.SECRETARY) ? "lihua" : DemoData.SECRETARY;
      driver.complete(talks, Map.of("talks", CycleDriver.json("[" + driver.talk(partner) + "]")));
      look();
    }
    driver.checkTalksTask(cycle);
    look();
    driver.checkTalks(cycle);
    look();
    driver.recordAllTalks(cycle);
    look();
    driver.checkTalksTask(cycle);
    look();
    driver.checkTalks(cycle);
    look();

    for (int round = 0; round < 2; round++) {
      driver.complete(driver.task(cycle, "Task_DraftTeamMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
      look();
      driver.complete(driver.task(cycle, "Task_CheckTeamMaterial"), driver.checkedStructure());
      look();
      driver.complete(driver.task(cycle, "Task_ReviewTeamMaterial"), round == 0
          ? Map.of("decision", "reject", "reviewComment", "问题查摆不深") : Map.of("decision", "approve"));
      look();
    }
    ProcessInstance lihua = driver.memberMaterials(cycle).stream()
        .filter(material -> "lihua".equals(engine.getRuntimeService().getVariable(material.getId(), "member")))
        .findFirst().orElseThrow();
    driver.complete(driver.memberTask(lihua, "Task_WriteMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
    look();
    driver.complete(driver.memberTask(lihua, "Task_CheckMaterial"), driver.checkedStructure());
    look();
    driver.complete(driver.memberTask(lihua, "Task_ReviewMaterial"), Map.of("decision", "reject", "reviewComment", "原因剖析不深"));
    look();
    for (ProcessInstance material : driver.memberMaterials(cycle)) {
      driver.complete(driver.memberTask(material, "Task_WriteMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
      look();
      driver.complete(driver.memberTask(material, "Task_CheckMaterial"), driver.checkedStructure());
      look();
      Task review = driver.memberTask(material, "Task_ReviewMaterial");
      driver.complete(review != null ? review : driver.memberTask(material, "Task_ReviewSecretaryMaterial"),
          Map.of("decision", "approve"));
      look();
    }

    driver.complete(driver.task(cycle, "Task_ReportPlan"), driver.planForm(MEETING));
    look();
    driver.complete(driver.task(cycle, "Task_ApprovePlan"), Map.of("decision", "reject", "reviewComment", "请补充列席人员"));
    look();
    driver.reportAndApprovePlan(cycle, MEETING);
    look();
    driver.complete(driver.task(cycle, "Task_RecordMeeting"), driver.meetingForm(List.of("wangjianguo", "lihua")));
    look();
    driver.complete(driver.task(cycle, "Task_RescheduleMeeting"), Map.of("newMeetingDate", MEETING.toString()));
    look();
    driver.reportAndApprovePlan(cycle, MEETING);
    look();
    driver.complete(driver.task(cycle, "Task_RecordMeeting"), driver.meetingForm(CycleDriver.participants()));
    look();
    RectificationScenario.setToday(MEETING.plusDays(1).atTime(10, 0));
    String done = MEETING.plusDays(1).toString();
    driver.complete(driver.task(cycle, "Task_SubmitMeetingReport"), Map.of("doneDate", done, "followUpSummary", "已报送"));
    look();
    driver.complete(driver.task(cycle, "Task_NotifyResults"), Map.of("doneDate", done, "followUpSummary", "已通报"));
    Job handOver = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).singleResult();
    engine.getManagementService().executeJob(handOver.getId());
    look();

    ProcessInstance rectification = driver.rectification(cycle);
    driver.draftRectificationPlan(rectification, 2, MEETING.plusMonths(3));
    scenario.startItemFlows(rectification);
    look();
    String first = YEAR + "-001";
    String second = YEAR + "-002";
    scenario.requestExtension(rectification, first, MEETING.plusMonths(5).toString(), "需等待上级文件");
    look();
    scenario.decideExtension(rectification, first, "grant", "同意延期");
    look();
    scenario.report(rectification, first, "submit", "已整改。");
    look();
    scenario.verify(rectification, first, "return", "佐证材料不足");
    look();
    scenario.settle(rectification, first);
    look();
    scenario.settle(rectification, second);
    look();
    Task sign = engine.getTaskService().createTaskQuery().processInstanceId(rectification.getId())
        .taskDefinitionKey("Task_SignReport").singleResult();
    scenario.complete(sign, DemoData.SECRETARY, org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("reportSigned", true));
    look();
    Task acknowledge = engine.getTaskService().createTaskQuery().processInstanceId(rectification.getId())
        .taskDefinitionKey("Task_AcknowledgeReport").singleResult();
    scenario.complete(acknowledge, RectificationScenario.SUPERVISOR, org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("acknowledgement", "return").putValue("supervisorComment", "请补充整改成效"));
    look();

    assertThat(seen).as("every user task with a form was looked at when created").containsAll(userTasksWithForms());
    assertThat(nullFields).isEmpty();
  }

  /** Every open task of the cycle's processes: which of its form's fields is a variable typed Null. */
  private void look() throws IOException {
    for (Task task : engine.getTaskService().createTaskQuery().active().list()) {
      if (formRef(task) == null) {
        continue;
      }
      seen.add(task.getTaskDefinitionKey());
      for (String field : fieldsOf(formRef(task))) {
        TypedValue value = engine.getTaskService().getVariableTyped(task.getId(), field, false);
        if (value != null && ValueType.NULL.equals(value.getType())) {
          nullFields.add(task.getTaskDefinitionKey() + "." + field);
        }
      }
    }
  }

  private String formRef(Task task) {
    UserTask userTask = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return userTask == null ? null : userTask.getCamundaFormRef();
  }

  private Set<String> userTasksWithForms() {
    Set<String> ids = new TreeSet<>();
    for (String key : List.of("democratic-life-meeting", "acknowledge-opinions", "record-talks", "member-material",
        "rectification")) {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult().getId();
      engine.getRepositoryService().getBpmnModelInstance(definition).getModelElementsByType(UserTask.class).stream()
          .filter(task -> task.getCamundaFormRef() != null).forEach(task -> ids.add(task.getId()));
    }
    return ids;
  }

  /** The fields a form submits, read the way the submission guard reads them: keys, and a dynamic list's path. */
  private static List<String> fieldsOf(String formRef) throws IOException {
    List<String> keys = new ArrayList<>();
    if (formRef == null) {
      return keys;
    }
    try (InputStream form = NoNullFormVariablesTest.class.getResourceAsStream("/processes/" + formRef + ".form")) {
      collect(JSON.readTree(form).path("components"), keys);
    }
    return keys;
  }

  private static void collect(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("path")) {
        keys.add(component.path("path").asText());
      } else if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      } else {
        collect(component.path("components"), keys);
      }
    }
  }
}
