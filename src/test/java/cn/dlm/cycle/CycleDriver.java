package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.AccessModel;
import cn.dlm.demo.DemoData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Drives a cycle of one team (the demo team unless told otherwise) through the engine's API, the way
 * Tasklist submits forms. By default tasks are completed without an authenticated user; an
 * {@link #authenticated()} driver completes each as the person Tasklist would show it to.
 */
public class CycleDriver {

  public static final String OFFICE = TestTeam.DEMO.office();
  public static final String SUPERVISOR = TestTeam.DEMO.supervisor();
  public static final String SECRETARY = DemoData.SECRETARY;
  public static final List<String> MEMBERS = DemoData.MEMBERS;

  /** Group tasks of the supervisors (督导组); the other group tasks are the office's. */
  static final Set<String> SUPERVISOR_TASKS =
      Set.of("Task_ReviewTeamMaterial", "Task_ApprovePlan", "Task_ReviewSecretaryMaterial", "Task_AcknowledgeReport");

  private final ProcessEngine engine;
  private final LocalDate today;
  private final TestTeam team;
  private final boolean authenticated;

  public CycleDriver(ProcessEngine engine, LocalDate today) {
    this(engine, today, TestTeam.DEMO, false);
  }

  public CycleDriver(ProcessEngine engine, LocalDate today, TestTeam team) {
    this(engine, today, team, false);
  }

  private CycleDriver(ProcessEngine engine, LocalDate today, TestTeam team, boolean authenticated) {
    this.engine = engine;
    this.today = today;
    this.team = team;
    this.authenticated = authenticated;
  }

  /** The same driver, completing every task as its assignee, the office user or the supervisor. */
  public CycleDriver authenticated() {
    return new CycleDriver(engine, today, team, true);
  }

  public TestTeam team() {
    return team;
  }

  /** The demo team's secretary and members. */
  public static List<String> participants() {
    return TestTeam.DEMO.participants();
  }

  public Map<String, Object> startForm(int year, LocalDate meetingDay) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("theme", year + "年度民主生活会");
    form.put("teamId", team.id());
    form.put("secretary", team.secretary());
    form.put("members", "");
    form.put("supervisorGroup", "supervisors");
    form.put("meetingDate", meetingDay.toString());
    form.put("areas", "理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律");
    return form;
  }

  public ProcessInstance start(Map<String, Object> form) {
    engine.getIdentityService().setAuthentication(team.office(), List.of(AccessModel.OFFICE_GROUP));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(CycleContract.PROCESS_KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public Task task(ProcessInstance pi, String taskKey) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open tasks " + taskKey).hasSize(1);
    return tasks.get(0);
  }

  public Task taskOf(ProcessInstance pi, String taskKey, String assignee) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult();
  }

  public List<Task> tasks(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(taskKey).list();
  }

  public void complete(Task task, Map<String, Object> variables) {
    if (!authenticated) {
      engine.getTaskService().complete(task.getId(), variables);
      return;
    }
    String user = actor(task);
    List<String> groups = user.equals(team.office()) ? List.of(AccessModel.OFFICE_GROUP)
        : user.equals(team.supervisor()) ? List.of(AccessModel.SUPERVISORS_GROUP) : List.of(team.id());
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String actor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return SUPERVISOR_TASKS.contains(task.getTaskDefinitionKey()) ? team.supervisor() : team.office();
  }

  public static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  // The steps, each with valid input.

  public void recordStudy(ProcessInstance pi) {
    complete(task(pi, "Task_RecordStudy"), Map.of("studyDate", today.toString(), "studyTopic", "学习党的创新理论",
        "studyNotes", "集中学习三天"));
  }

  public void collectOpinions(ProcessInstance pi) {
    complete(task(pi, "Task_CollectOpinions"), Map.of("opinions", json("""
        [{"channel":"座谈会","target":"team","area":"工作作风","text":"调查研究不够深入。"},
         {"channel":"个别走访","target":"%s","area":"担当作为","text":"攻坚克难的劲头不足。"}]"""
        .formatted(team.members().get(0)))));
  }

  public void acknowledgeOpinions(ProcessInstance pi) {
    for (Task task : tasks(pi, "Task_AcknowledgeOpinions")) {
      complete(task, Map.of("acknowledged", true, "acknowledgementNote", "认领"));
    }
  }

  /** Every mandatory pair talks: each participant records a talk with every later participant. */
  public void recordAllTalks(ProcessInstance pi) {
    List<String> all = team.participants();
    for (Task task : tasks(pi, "Task_RecordTalks")) {
      String self = task.getAssignee();
      StringBuilder rows = new StringBuilder("[");
      for (int i = all.indexOf(self) + 1; i < all.size(); i++) {
        rows.append(rows.length() > 1 ? "," : "").append(talk(all.get(i)));
      }
      if (rows.length() == 1) {
        rows.append("{\"kind\":\"与分管部门负责人\",\"partnerName\":\"赵主任\",\"date\":\"").append(today)
            .append("\",\"points\":\"交流分管工作\"}");
      }
      complete(task, Map.of("talks", json(rows.append("]").toString())));
    }
  }

  public String talk(String partner) {
    String kind = partner.equals(team.secretary()) ? "书记与班子成员" : "班子成员之间";
    return "{\"kind\":\"" + kind + "\",\"partner\":\"" + partner + "\",\"date\":\"" + today
        + "\",\"points\":\"交流思想，互相提醒\"}";
  }

  public void checkTalks(ProcessInstance pi) {
    complete(checkTalksTask(pi), Map.of("talkCheckNote", "已核查"));
  }

  /**
   * 核查谈心谈话 once the job that creates it (after the round's last talks are committed) has run: run here,
   * or by a job executor where one is on (then this waits for it, at most half a minute).
   */
  public Task checkTalksTask(ProcessInstance pi) {
    ManagementService jobs = engine.getManagementService();
    for (Job job : jobs.createJobQuery().processInstanceId(pi.getId()).activityId("Task_CheckTalks").list()) {
      try {
        jobs.executeJob(job.getId());
      } catch (OptimisticLockingException runByAJobExecutor) {
        // A job executor ran the job at the same moment and may not have committed yet: await its task below.
      } catch (ProcessEngineException | NullPointerException e) {
        // A job executor ran it first and its execution moved on: the engine then fails on the stale job,
        // with a NullPointerException in LegacyBehavior (seen in a 300-team benchmark season).
        if (jobs.createJobQuery().jobId(job.getId()).count() > 0) {
          throw e;
        }
      }
    }
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !tasks(pi, "Task_CheckTalks").isEmpty());
    return task(pi, "Task_CheckTalks");
  }

  public static final String MATERIAL = """
      一、存在的问题
      （一）理论学习方面。一是学习的系统性不够。二是学用结合不紧。
      二、原因分析
      1.理想信念有所松懈。
      三、整改措施
      1.加强理论武装。
      """;

  public Map<String, Object> checkedStructure() {
    return Map.of(
        "problems", json("[{\"area\":\"理论学习\",\"title\":\"学习的系统性不够\",\"text\":\"一是学习的系统性不够。\"}]"),
        "causes", json("[{\"title\":\"理想信念有所松懈\",\"text\":\"\"}]"),
        "measures", json("[{\"title\":\"加强理论武装\",\"text\":\"\"}]"));
  }

  public void teamMaterialApproved(ProcessInstance pi) {
    complete(task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", MATERIAL));
    complete(task(pi, "Task_CheckTeamMaterial"), checkedStructure());
    complete(task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "approve", "reviewComment", ""));
  }

  public List<ProcessInstance> memberMaterials(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("member-material").list();
  }

  public Task memberTask(ProcessInstance memberMaterial, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(memberMaterial.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  public void allMemberMaterialsApproved(ProcessInstance pi) {
    for (ProcessInstance material : memberMaterials(pi)) {
      complete(memberTask(material, "Task_WriteMaterial"), Map.of("materialText", MATERIAL));
      complete(memberTask(material, "Task_CheckMaterial"), checkedStructure());
      Task review = memberTask(material, "Task_ReviewMaterial");
      if (review == null) {
        review = memberTask(material, "Task_ReviewSecretaryMaterial");
      }
      complete(review, Map.of("decision", "approve"));
    }
  }

  public void reportAndApprovePlan(ProcessInstance pi, LocalDate meetingDay) {
    complete(task(pi, "Task_ReportPlan"), planForm(meetingDay));
    complete(task(pi, "Task_ApprovePlan"), Map.of("decision", "approve"));
  }

  public Map<String, Object> planForm(LocalDate meetingDay) {
    return Map.of("planMeetingDate", meetingDay.toString(), "planAttendees", json(jsonArray(team.participants())),
        "planObservers", "督导组全体", "planAgenda", "一、通报上年度整改情况");
  }

  public Map<String, Object> meetingForm(List<String> present) {
    Map<String, Object> form = new HashMap<>();
    form.put("presentMembers", json(jsonArray(present)));
    form.put("absenceNotes", present.size() < team.participants().size() ? "因公出差，已提交书面说明" : "");
    String first = team.members().get(0);
    form.put("criticisms", json("""
        [{"from":"%s","to":"%s","text":"调查研究不够深入。"},
         {"from":"%s","to":"%s","text":"担当精神还需增强；要主动作为。"}]"""
        .formatted(first, team.members().get(1), team.secretary(), first)));
    form.put("supervisorComments", "会议质量较高");
    form.put("secretarySummary", "抓好整改");
    return form;
  }

  public void followUp(ProcessInstance pi, LocalDate doneDate) {
    complete(task(pi, "Task_SubmitMeetingReport"), Map.of("doneDate", doneDate.toString(), "followUpSummary", "已报送"));
    complete(task(pi, "Task_NotifyResults"), Map.of("doneDate", doneDate.toString(), "followUpSummary", "班子成员范围内通报"));
  }

  // Rectification (整改落实): the ledger's process the cycle calls once the hand-over job has run.

  public static final String RECTIFICATION_KEY = "rectification";

  public ProcessInstance rectification(ProcessInstance cycle) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .processDefinitionKey(RECTIFICATION_KEY).singleResult();
  }

  public List<Task> tasksIn(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
  }

  /**
   * The secretary's plan (整改方案) with {@code items} items, shared out among the participants in turn;
   * the item flows start in a job after it (the ledger's multi-instance sub-process is asynchronous).
   */
  public void draftRectificationPlan(ProcessInstance rectification, int items, LocalDate deadline) {
    List<String> people = team.participants();
    StringBuilder rows = new StringBuilder("[");
    for (int i = 1; i <= items; i++) {
      rows.append(i > 1 ? "," : "").append("""
          {"keep":true,"problem":"问题%d：理论学习不够深入","source":"team-material","sourceLabel":"班子对照检查材料",          "area":"理论学习","measure":"措施%d：制定学习计划并逐月落实","responsible":"%s","deadline":"%s","type":"限期整改"}"""
          .formatted(i, i, people.get(i % people.size()), deadline));
    }
    Task plan = tasksIn(rectification, "Task_DraftPlan").get(0);
    complete(plan, Map.of("planItems", json(rows.append("]").toString())));
  }

  public void reportAllItems(ProcessInstance rectification) {
    for (Task task : tasksIn(rectification, "Task_ReportProgress")) {
      complete(task, Map.of("reportAction", "submit", "progressText", "已整改到位。",
          "evidence", "https://oa.example.cn/docs/" + task.getId()));
    }
  }

  public void closeAllItems(ProcessInstance rectification) {
    for (Task task : tasksIn(rectification, "Task_VerifyItem")) {
      complete(task, Map.of("verificationDecision", "close", "verificationComment", "同意销号。"));
    }
  }

  public void signAndAcknowledgeReport(ProcessInstance rectification) {
    complete(tasksIn(rectification, "Task_SignReport").get(0), Map.of("reportSigned", true));
    complete(tasksIn(rectification, "Task_AcknowledgeReport").get(0), Map.of("acknowledgement", "acknowledge"));
  }

  public static String jsonArray(List<String> values) {
    return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
  }
}
