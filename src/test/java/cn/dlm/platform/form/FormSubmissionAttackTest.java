package cn.dlm.platform.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant's attacks on a running cycle through the APIs Tasklist uses (engine REST with HTTP Basic, and the
 * webapps' own engine API with a session): every one is refused with a Chinese message and changes nothing — the
 * cycle's variables, the task's assignee and candidates are the same before and after.
 */
@WebAppTest
class FormSubmissionAttackTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int YEAR = 2032;
  private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 2);
  private static final LocalDate MEETING = LocalDate.of(YEAR, 12, 15);
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_API = "/camunda/api/engine/engine/default";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  TestTeam team;
  CycleDriver driver;

  @BeforeEach
  void setUp() {
    setToday(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMemberCannotRewriteTheCycleFromHerAcknowledgementTask() throws Exception {
    ProcessInstance cycle = startCycle(901);
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    String member = team.members().get(1);
    Task task = ownTask(member, "Task_AcknowledgeOpinions");
    Map<String, String> before = snapshot(cycle.getId(), task);
    SessionClient api = new SessionClient(port);
    String[] auth = SessionClient.basic(member);
    String taskPath = ENGINE_REST + "/task/" + task.getId();

    assertRefused(api.post(taskPath + "/submit-form", """
        {"variables": {"acknowledged": {"value": true}, "supervisorGroup": {"value": "%s"}}}""".formatted(team.id()), auth),
        400);
    assertRefused(api.post(taskPath + "/complete", """
        {"variables": {"acknowledged": {"value": true}, "secretary": {"value": "%s"}}}""".formatted(member), auth), 400);
    assertRefused(api.post(taskPath + "/variables", """
        {"modifications": {"opinions": {"value": "[]", "type": "Json"}}}""", auth), 403);
    assertRefused(api.post(taskPath + "/variables", """
        {"deletions": ["opinions"]}""", auth), 403);
    assertRefused(api.put(taskPath + "/variables/theme", """
        {"value": "改过的主题"}""", auth), 403);
    assertRefused(api.delete(taskPath + "/variables/opinions", auth), 403);
    assertRefused(api.put(taskPath + "/localVariables/junk", """
        {"value": "%s"}""".formatted("垃圾".repeat(100_000)), auth), 403);
    assertThat(api.post(ENGINE_REST + "/message", """
        {"messageName": "any", "processInstanceId": "%s", "processVariables": {"theme": {"value": "改过的主题"}}}"""
        .formatted(cycle.getId()), auth).statusCode()).isBetween(400, 499);
    assertThat(api.post(ENGINE_REST + "/process-instance/" + cycle.getId() + "/variables", """
        {"modifications": {"theme": {"value": "改过的主题"}}}""", auth).statusCode()).isBetween(400, 499);

    SessionClient tasklist = new SessionClient(port);
    assertThat(tasklist.webappLogin("tasklist", member, SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    String webappTask = WEBAPP_API + "/task/" + task.getId();
    assertRefused(tasklist.post(webappTask + "/submit-form", """
        {"variables": {"acknowledged": {"value": true}, "rectificationItems": {"value": "[]", "type": "Json"}}}""",
        tasklist.csrfHeader()), 400);
    assertRefused(tasklist.post(webappTask + "/variables", """
        {"modifications": {"secretary": {"value": "%s"}}}""".formatted(member), tasklist.csrfHeader()), 403);

    assertThat(snapshot(cycle.getId(), task)).isEqualTo(before);

    HttpResponse<String> honest = tasklist.post(webappTask + "/submit-form", """
        {"variables": {"acknowledged": {"value": true, "type": "Boolean"}, "acknowledgementNote": {"value": "已认领"}}}""",
        tasklist.csrfHeader());
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aMemberCannotRewriteTheLedgerFromHerProgressTask() throws Exception {
    ProcessInstance cycle = startCycle(902);
    ProcessInstance rectification = upToRectification(cycle);
    String member = team.members().get(0);
    Task task = ownTask(member, "Task_ReportProgress");
    Map<String, String> before = snapshot(rectification.getId(), task);
    String itemId = (String) engine.getTaskService().getVariable(task.getId(), "itemId");
    SessionClient api = new SessionClient(port);
    String[] auth = SessionClient.basic(member);
    String taskPath = ENGINE_REST + "/task/" + task.getId();

    assertRefused(api.post(taskPath + "/submit-form", """
        {"variables": {"reportAction": {"value": "submit"}, "progressText": {"value": "完成"},
          "rectificationItem_%s": {"value": "{\\"status\\": \\"已销号\\"}", "type": "Json"}}}""".formatted(itemId), auth), 400);
    assertRefused(api.post(taskPath + "/submit-form", """
        {"variables": {"reportAction": {"value": "submit"}, "progressText": {"value": "完成"},
          "rectificationItems": {"value": "[]", "type": "Json"}}}""", auth), 400);
    assertRefused(api.put(taskPath + "/variables/rectificationItem_" + itemId, """
        {"value": "{}", "type": "Json"}""", auth), 403);
    assertRefused(api.post(taskPath + "/variables", """
        {"modifications": {"closedItems": {"value": 99, "type": "Integer"}}}""", auth), 403);

    assertThat(snapshot(rectification.getId(), task)).isEqualTo(before);
  }

  @Test
  void atEveryStageEveryTaskOfAMemberRefusesWritesOutsideItsForm() throws Exception {
    ProcessInstance cycle = startCycle(904);
    String member = team.members().get(0);
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    int attacked = attackOwnTasks(member, cycle);
    driver.acknowledgeOpinions(cycle);
    attacked += attackOwnTasks(member, cycle);
    driver.recordAllTalks(cycle);
    driver.checkTalks(cycle);
    driver.teamMaterialApproved(cycle);
    driver.allMemberMaterialsApproved(cycle);
    driver.reportAndApprovePlan(cycle, MEETING);
    attacked += attackOwnTasks(member, cycle);
    ProcessInstance rectification = upToRectification(cycle, false);
    attacked += attackOwnTasks(member, rectification);
    assertThat(attacked).as("tasks attacked at the opinions, talks and materials, and rectification stages")
        .isGreaterThanOrEqualTo(4);
  }

  /**
   * Every open task of {@code member} under attack from her own login on both APIs; afterwards every variable of the
   * cycle's instances, and every task's assignee and candidates, are as they were. Also the cycle's own variables
   * through the process-instance endpoint. Returns how many tasks were attacked.
   */
  private int attackOwnTasks(String member, ProcessInstance instance) throws Exception {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskAssignee(member).list();
    Map<String, String> before = cycleSnapshot(instance.getBusinessKey());
    SessionClient api = new SessionClient(port);
    String[] auth = SessionClient.basic(member);
    SessionClient tasklist = new SessionClient(port);
    assertThat(tasklist.webappLogin("tasklist", member, SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    for (Task task : tasks) {
      for (String base : List.of(ENGINE_REST, WEBAPP_API)) {
        SessionClient client = base.equals(ENGINE_REST) ? api : tasklist;
        String[] headers = base.equals(ENGINE_REST) ? auth : tasklist.csrfHeader();
        String taskPath = base + "/task/" + task.getId();
        assertRefused(client.post(taskPath + "/submit-form", """
            {"variables": {"secretary": {"value": "%s"}}}""".formatted(member), headers), 400);
        assertRefused(client.post(taskPath + "/complete", """
            {"variables": {"supervisorGroup": {"value": "%s"}}}""".formatted(team.id()), headers), 400);
        assertRefused(client.post(taskPath + "/variables", """
            {"modifications": {"theme": {"value": "改过的主题"}}, "deletions": ["opinions"]}""", headers), 403);
        assertRefused(client.put(taskPath + "/variables/rectificationItems", """
            {"value": "[]", "type": "Json"}""", headers), 403);
        assertRefused(client.delete(taskPath + "/variables/meetingDay", headers), 403);
        assertRefused(client.put(taskPath + "/localVariables/junk", """
            {"value": "x"}""", headers), 403);
      }
    }
    assertThat(api.post(ENGINE_REST + "/process-instance/" + instance.getId() + "/variables", """
        {"modifications": {"theme": {"value": "改过的主题"}}}""", auth).statusCode()).isBetween(400, 499);
    assertThat(cycleSnapshot(instance.getBusinessKey())).isEqualTo(before);
    return tasks.size();
  }

  /** Every variable of every instance of the cycle (business key) and every open task's assignee and candidates. */
  private Map<String, String> cycleSnapshot(String businessKey) {
    Map<String, String> state = new TreeMap<>();
    List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list().stream().map(ProcessInstance::getId).toList();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()
        .forEach(v -> state.put(v.getName() + "@" + v.getExecutionId() + "/" + v.getTaskId(), String.valueOf(v.getValue())));
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
      state.put("task." + task.getId() + ".assignee", String.valueOf(task.getAssignee()));
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        state.put("task." + task.getId() + ".link." + link.getType() + "." + link.getUserId() + "." + link.getGroupId(), "");
      }
    }
    return state;
  }

  @Test
  void hostileValuesInFormsAreRefusedWithAChineseMessageNeverA500() throws Exception {
    team = TestTeam.numbered(903, 4, "liufang", "zhaoqiang");
    team.create(engine.getIdentityService(), SessionClient.DEMO_PASSWORD);
    driver = new CycleDriver(engine, TODAY, team).authenticated();
    SessionClient api = new SessionClient(port);
    String start = ENGINE_REST + "/process-definition/key/democratic-life-meeting/submit-form";
    String[] office = SessionClient.basic("liufang");
    String valid = """
        "theme": {"value": "民主生活会"}, "teamId": {"value": "%s"}, "secretary": {"value": "%s"}""".formatted(team.id(),
        team.secretary());
    List<String> hostile = List.of(
        "\"year\": {\"value\": 2032.5, \"type\": \"Double\"}, \"meetingDate\": {\"value\": \"2032-12-15\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15T25:00\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15 extra text\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032/12/15\"}",
        "\"year\": {\"value\": \"二〇三二\"}, \"meetingDate\": {\"value\": \"2032-12-15\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"theme\": {\"value\": 12345, \"type\": \"Integer\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"areas\": {\"value\": \"<x/>\", \"type\": \"Xml\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"areas\": {\"value\": \"rO0AB\", \"type\": \"Object\","
            + " \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"members\": {\"value\": \"[1,\", \"type\": \"Json\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"members\": {\"value\": \"" + "[".repeat(5000)
            + "\", \"type\": \"Json\"}",
        "\"year\": {\"value\": 2032}, \"meetingDate\": {\"value\": \"2032-12-15\"}, \"initiator\": {\"value\": \"lihua\"}");
    for (String variables : hostile) {
      HttpResponse<String> response = api.post(start, "{\"variables\": {" + valid + ", " + variables + "}}", office);
      assertThat(response.statusCode()).as(variables + " → " + response.body()).isBetween(400, 499);
      assertThat(JSON.readTree(response.body()).path("message").asText()).as(variables).containsPattern("\\p{IsHan}");
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(team.id() + "-" + YEAR)
        .count()).isZero();
  }

  private ProcessInstance startCycle(int teamNumber) {
    team = TestTeam.numbered(teamNumber, 4, "liufang", "zhaoqiang");
    team.create(engine.getIdentityService(), SessionClient.DEMO_PASSWORD);
    driver = new CycleDriver(engine, TODAY, team).authenticated();
    return driver.start(driver.startForm(YEAR, MEETING));
  }

  private ProcessInstance upToRectification(ProcessInstance cycle) {
    return upToRectification(cycle, true);
  }

  private ProcessInstance upToRectification(ProcessInstance cycle, boolean fromTheStart) {
    if (fromTheStart) {
      driver.recordStudy(cycle);
      driver.collectOpinions(cycle);
      driver.acknowledgeOpinions(cycle);
      driver.recordAllTalks(cycle);
      driver.checkTalks(cycle);
      driver.teamMaterialApproved(cycle);
      driver.allMemberMaterialsApproved(cycle);
      driver.reportAndApprovePlan(cycle, MEETING);
    }
    driver.complete(driver.task(cycle, "Task_RecordMeeting"), driver.meetingForm(team.participants()));
    setToday(MEETING.plusDays(1));
    driver.followUp(cycle, MEETING.plusDays(1));
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    ProcessInstance rectification = driver.rectification(cycle);
    driver.draftRectificationPlan(rectification, team.participants().size(), MEETING.plusMonths(3));
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(rectification.getId()).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    return rectification;
  }

  private Task ownTask(String assignee, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().taskAssignee(assignee).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as(assignee + " " + taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** Every variable of the instance (and the task's own), with the task's assignee and candidates. */
  private Map<String, String> snapshot(String processInstanceId, Task task) {
    Map<String, String> state = new TreeMap<>();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list()
        .forEach(v -> state.put(v.getName() + "@" + v.getExecutionId() + "/" + v.getTaskId(), String.valueOf(v.getValue())));
    Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    state.put("task.assignee", now == null ? "gone" : now.getAssignee());
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      state.put("task.link." + link.getType() + "." + link.getUserId() + "." + link.getGroupId(), "");
    }
    return state;
  }

  private static void assertRefused(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("message").asText()).as(response.body()).containsPattern("\\p{IsHan}");
  }

  private static void setToday(LocalDate day) {
    LocalDateTime time = day.atTime(10, 0);
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }
}
