package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.PrivacyTable.Reader;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Each participant reads only what is theirs (docs/privacy.md): at every stage of a cycle, each role logs in
 * to /engine-rest and lists every variable it can reach through every task, variable and history endpoint;
 * each must be covered by the table of docs/privacy.md and readable by that role, and no text planted as
 * another member's (an opinion, a talk, a draft, a criticism) may appear in anything a member can read.
 */
@WebAppTest
class PrivacyLeakTest {

  static final String PASSWORD = "Dlm#2026pass";
  static final int YEAR = 2032;
  static final LocalDate TODAY = LocalDate.of(YEAR, 11, 3);
  static final LocalDate MEETING = LocalDate.of(YEAR, 12, 16);
  static final TestTeam TEAM = TestTeam.numbered(907, 5, "liufang", "zhaoqiang");
  static final String SECRETARY = TEAM.secretary();
  static final String A = TEAM.members().get(0);
  static final String B = TEAM.members().get(1);
  static final String C = TEAM.members().get(2);
  static final String OFFICE = TEAM.office();
  static final String SUPERVISOR = TEAM.supervisor();
  static final ObjectMapper JSON = new ObjectMapper();

  // Texts planted as someone's, so that a leak shows whatever variable carries it.
  static final String OPINION_A = "联系群众不够密切【甲的意见】";
  static final String OPINION_B = "调查研究不够深入【乙的意见】";
  static final String OPINION_TEAM = "会风会纪不够严实【班子的意见】";
  static final String TALK_B = "乙丙谈话要点【乙丙私密】";
  static final String TEAM_DRAFT = "班子材料初稿【未审定】";
  static final String SUPERVISOR_COMMENT = "问题查摆不够具体【督导组意见】";
  static final String MATERIAL_B = "乙的个人材料【乙的草稿】";
  static final String CRITICISM_A = "担当精神还需增强【书记对甲的批评】";
  static final String CRITICISM_B = "工作作风不够扎实【丙对乙的批评】";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  final Set<String> foreignInstances = new HashSet<>();
  final Map<String, HistoricProcessInstance> instances = new HashMap<>();
  final List<String> violations = new ArrayList<>();
  PrivacyTable table;
  boolean materialsApproved;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyRoleReadsOnlyWhatTheTableOfDocsPrivacyAllowsAtEveryStage() throws Exception {
    table = PrivacyTable.read(Path.of("docs/privacy.md"));
    TEAM.create(engine.getIdentityService(), PASSWORD);
    engine.getHistoryService().createHistoricProcessInstanceQuery().list()
        .forEach(instance -> foreignInstances.add(instance.getId()));
    setToday(TODAY);
    CycleDriver cycle = new CycleDriver(engine, TODAY, TEAM);
    ProcessInstance pi = cycle.start(cycle.startForm(YEAR, MEETING));
    cycle.recordStudy(pi);
    cycle.complete(cycle.task(pi, "Task_CollectOpinions"), Map.of("opinions", CycleDriver.json("""
        [{"channel":"座谈会","target":"team","area":"工作作风","text":"%s"},
         {"channel":"个别走访","target":"%s","area":"担当作为","text":"%s"},
         {"channel":"征求意见表","target":"%s","area":"工作作风","text":"%s"}]"""
        .formatted(OPINION_TEAM, A, OPINION_A, B, OPINION_B))));

    Map<String, List<Reading>> opinions = check("征求意见");
    assertThat(texts(opinions.get(A))).as("the member reads the opinions about him and the team")
        .anyMatch(text -> text.contains(OPINION_A)).anyMatch(text -> text.contains(OPINION_TEAM));

    cycle.acknowledgeOpinions(pi);
    cycle.complete(cycle.taskOf(pi, "Task_RecordTalks", B), Map.of("talks", CycleDriver.json("""
        [{"kind":"班子成员之间","partner":"%s","date":"%s","points":"%s"}]""".formatted(C, TODAY, TALK_B))));
    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", CycleDriver.MATERIAL + TEAM_DRAFT));
    cycle.complete(cycle.task(pi, "Task_CheckTeamMaterial"), cycle.checkedStructure());
    cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"),
        Map.of("decision", "reject", "reviewComment", SUPERVISOR_COMMENT));
    ProcessInstance materialOfB = cycle.memberMaterials(pi).stream()
        .filter(m -> B.equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    cycle.complete(cycle.memberTask(materialOfB, "Task_WriteMaterial"), Map.of("materialText", CycleDriver.MATERIAL + MATERIAL_B));
    cycle.complete(cycle.memberTask(materialOfB, "Task_CheckMaterial"), cycle.checkedStructure());

    Map<String, List<Reading>> talks = check("谈心谈话与撰写材料");
    assertThat(texts(talks.get(SUPERVISOR))).as("the supervisor reads every talk record").anyMatch(text -> text.contains(TALK_B));

    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    check("补充谈心谈话");
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    cycle.teamMaterialApproved(pi);
    cycle.complete(cycle.memberTask(materialOfB, "Task_ReviewMaterial"), Map.of("decision", "approve"));
    cycle.allMemberMaterialsApproved(pi);
    materialsApproved = true;
    check("材料审核通过");

    cycle.reportAndApprovePlan(pi, MEETING);
    Map<String, Object> meeting = cycle.meetingForm(TEAM.participants());
    meeting.put("criticisms", CycleDriver.json("""
        [{"from":"%s","to":"%s","text":"%s"},{"from":"%s","to":"%s","text":"%s"}]"""
        .formatted(SECRETARY, A, CRITICISM_A, C, B, CRITICISM_B)));
    cycle.complete(cycle.task(pi, "Task_RecordMeeting"), meeting);
    check("召开会议");

    setToday(MEETING.plusDays(1));
    cycle.followUp(pi, MEETING.plusDays(1));
    Job handOver = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    engine.getManagementService().executeJob(handOver.getId());
    ProcessInstance rectification = cycle.rectification(pi);
    check("制定整改方案");

    cycle.draftRectificationPlan(rectification, 3, MEETING.plusMonths(3));
    engine.getManagementService().createJobQuery().processInstanceId(rectification.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    Map<String, List<Reading>> ledger = check("整改落实");
    assertThat(texts(ledger.get(A))).as("every participant reads the ledger's items")
        .anyMatch(text -> text.contains("问题1："));

    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  /** What each role reads now, checked against the table and the planted texts. */
  private Map<String, List<Reading>> check(String stage) throws Exception {
    Map<String, List<Reading>> byUser = new HashMap<>();
    for (String user : List.of(A, B, C, SECRETARY, SUPERVISOR, OFFICE)) {
      List<Reading> readings = readable(user);
      byUser.put(user, readings);
      for (Reading reading : readings) {
        checkReading(stage, user, reading);
      }
    }
    return byUser;
  }

  private void checkReading(String stage, String user, Reading reading) {
    HistoricProcessInstance instance = instance(reading.instanceId());
    String processKey = instance.getProcessDefinitionKey();
    String where = stage + " · " + user + " · " + reading.endpoint() + " · " + processKey + " · " + reading.name();
    var row = table.row(processKey, reading.name());
    if (row.isEmpty()) {
      violations.add("not in docs/privacy.md: " + where);
      return;
    }
    if (!mayRead(row.get().readers(), user, owner(instance))) {
      violations.add("may not read: " + where + " = " + abbreviate(reading.value()));
    }
    for (String text : forbiddenTexts(user)) {
      if (reading.value().contains(text)) {
        violations.add("reads " + text + ": " + where);
      }
    }
  }

  private boolean mayRead(Set<Reader> readers, String user, String owner) {
    if (readers.contains(Reader.EVERYONE) || user.equals(owner) && readers.contains(Reader.OWNER)) {
      return true;
    }
    if (user.equals(OFFICE)) {
      return readers.contains(Reader.OFFICE);
    }
    if (user.equals(SUPERVISOR)) {
      return readers.contains(Reader.SUPERVISORS);
    }
    if (user.equals(SECRETARY)) {
      return readers.contains(Reader.SECRETARY) || materialsApproved && readers.contains(Reader.APPROVED);
    }
    return materialsApproved && readers.contains(Reader.APPROVED);
  }

  private Set<String> forbiddenTexts(String user) {
    Set<String> forbidden = new LinkedHashSet<>();
    if (user.equals(OFFICE) || user.equals(SUPERVISOR)) {
      return forbidden;
    }
    if (!user.equals(B)) {
      forbidden.add(TALK_B);
    }
    if (user.equals(SECRETARY)) {
      return forbidden;
    }
    if (!user.equals(A)) {
      forbidden.add(OPINION_A);
      forbidden.add(CRITICISM_A);
    }
    if (!user.equals(B)) {
      forbidden.add(OPINION_B);
    }
    if (!user.equals(B) && !user.equals(C)) {
      forbidden.add(CRITICISM_B);
    }
    if (!materialsApproved) {
      forbidden.add(TEAM_DRAFT);
      forbidden.add(SUPERVISOR_COMMENT);
      if (!user.equals(B)) {
        forbidden.add(MATERIAL_B);
      }
    }
    return forbidden;
  }

  record Reading(String endpoint, String instanceId, String name, String value) {}

  /** Every variable the user reaches through the task, variable and history endpoints of /engine-rest. */
  private List<Reading> readable(String user) throws Exception {
    List<Reading> readings = new ArrayList<>();
    for (JsonNode task : list(user, "/engine-rest/task?maxResults=2000")) {
      String instanceId = task.path("processInstanceId").asText();
      if (isOurs(instanceId)) {
        String path = "/engine-rest/task/" + task.get("id").asText();
        addMap(readings, user, path + "/variables?deserializeValues=false", instanceId);
        addMap(readings, user, path + "/form-variables?deserializeValues=false", instanceId);
        addMap(readings, user, path + "/localVariables?deserializeValues=false", instanceId);
      }
    }
    for (JsonNode variable : list(user, "/engine-rest/variable-instance?deserializeValues=false&maxResults=5000")) {
      add(readings, "/variable-instance", variable.path("processInstanceId").asText(), variable.path("name").asText(),
          variable.path("value"));
    }
    for (JsonNode variable : list(user, "/engine-rest/history/variable-instance?deserializeValues=false&maxResults=5000")) {
      add(readings, "/history/variable-instance", variable.path("processInstanceId").asText(),
          variable.path("name").asText(), variable.path("value"));
    }
    for (JsonNode detail : list(user, "/engine-rest/history/detail?deserializeValues=false&maxResults=20000")) {
      boolean formField = detail.has("fieldId") && !detail.path("fieldId").isNull();
      add(readings, "/history/detail", detail.path("processInstanceId").asText(),
          formField ? detail.path("fieldId").asText() : detail.path("variableName").asText(),
          formField ? detail.path("fieldValue") : detail.path("value"));
    }
    for (JsonNode instance : list(user, "/engine-rest/process-instance?maxResults=2000")) {
      String instanceId = instance.get("id").asText();
      if (isOurs(instanceId)) {
        addMap(readings, user, "/engine-rest/process-instance/" + instanceId + "/variables?deserializeValues=false",
            instanceId);
      }
    }
    return readings;
  }

  private void addMap(List<Reading> readings, String user, String path, String instanceId) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    if (response.getStatusCode().is2xxSuccessful()) {
      String endpoint = path.replaceAll("/[0-9a-f-]{36}", "/{id}").replaceAll("\\?.*", "");
      JSON.readTree(response.getBody()).fields()
          .forEachRemaining(field -> add(readings, endpoint, instanceId, field.getKey(), field.getValue().path("value")));
    }
  }

  private void add(List<Reading> readings, String endpoint, String instanceId, String name, JsonNode value) {
    if (isOurs(instanceId)) {
      readings.add(new Reading(endpoint, instanceId, name, value.isTextual() ? value.asText() : value.toString()));
    }
  }

  private JsonNode list(String user, String path) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    return response.getStatusCode().is2xxSuccessful() ? JSON.readTree(response.getBody()) : JSON.createArrayNode();
  }

  /** An instance of this test (the cycle, its sub-processes, their mails), not of another test of the context. */
  private boolean isOurs(String instanceId) {
    return !instanceId.isEmpty() && !"null".equals(instanceId) && !foreignInstances.contains(instanceId);
  }

  private HistoricProcessInstance instance(String id) {
    return instances.computeIfAbsent(id,
        key -> engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(key).singleResult());
  }

  /** The participant a per-participant instance belongs to (variable participant or member), else null. */
  private String owner(HistoricProcessInstance instance) {
    for (String name : List.of("participant", "member")) {
      HistoricVariableInstance owner = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(name).list().stream()
          .filter(variable -> variable.getTaskId() == null && variable.getActivityInstanceId() != null
              && variable.getActivityInstanceId().equals(instance.getId()))
          .findFirst().orElse(null);
      if (owner != null) {
        return (String) owner.getValue();
      }
    }
    return null;
  }

  private static List<String> texts(List<Reading> readings) {
    return readings.stream().map(Reading::value).toList();
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(CycleProcessTest.SHANGHAI).toInstant()));
  }
}
