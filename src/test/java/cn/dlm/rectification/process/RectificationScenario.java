package cn.dlm.rectification.process;

import static org.camunda.bpm.engine.variable.Variables.createVariables;

import cn.dlm.demo.DemoData;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Drives the rectification process the way Tasklist does: as the demo team of 某县人民政府党组,
 * with the meeting held on 2026-12-20 and today 2026-12-28 (Asia/Shanghai) unless a test moves the clock.
 */
public final class RectificationScenario {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final LocalDate MEETING_DAY = LocalDate.of(2026, 12, 20);
  public static final LocalDateTime TODAY = LocalDateTime.of(2026, 12, 28, 10, 0);
  public static final String OFFICE_USER = "liufang";
  public static final String SUPERVISOR = "zhaoqiang";
  public static final int YEAR = 2026;

  private final ProcessEngine engine;

  public RectificationScenario(ProcessEngine engine) {
    this.engine = engine;
  }

  public static void setToday(LocalDateTime now) {
    ClockUtil.setCurrentTime(Date.from(now.atZone(ZONE).toInstant()));
  }

  public static Map<String, Object> candidate(String source, String sourceLabel, String member, String area, String problem) {
    Map<String, Object> candidate = new LinkedHashMap<>();
    candidate.put("source", source);
    candidate.put("sourceLabel", sourceLabel);
    candidate.put("member", member);
    candidate.put("area", area);
    candidate.put("problem", problem);
    candidate.put("text", problem + "。具体表现为……");
    return candidate;
  }

  public static Map<String, Object> row(String problem, String measure, String responsible, String deadline, String type) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("keep", true);
    row.put("problem", problem);
    row.put("source", "team-material");
    row.put("sourceLabel", "班子对照检查材料");
    row.put("area", "理论学习");
    row.put("measure", measure);
    row.put("responsible", responsible);
    row.put("deadline", deadline);
    row.put("type", type);
    return row;
  }

  public static Map<String, Object> dropped(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    copy.put("keep", false);
    return copy;
  }

  /** Starts rectification for the demo team, as the cycle's call activity does. */
  public ProcessInstance start(String teamId, int year, List<Map<String, Object>> candidates) {
    return start("rectification", teamId, year, candidates);
  }

  /** Starts {@code processKey} with the cycle variables the main process hands to rectification. */
  public ProcessInstance start(String processKey, String teamId, int year, List<Map<String, Object>> candidates) {
    VariableMap variables = createVariables()
        .putValue("teamId", teamId)
        .putValue("teamName", DemoData.TEAM_NAME)
        .putValue("year", year)
        .putValue("theme", year + "年度民主生活会")
        .putValue("secretary", DemoData.SECRETARY)
        .putValue("members", JsonValues.json(DemoData.MEMBERS))
        .putValue("supervisorGroup", "supervisors")
        .putValue("meetingDate", Date.from(LocalDate.of(year, 12, 20).atTime(9, 0).atZone(ZONE).toInstant()))
        .putValue("rectificationCandidates", JsonValues.json(candidates));
    return runtime().startProcessInstanceByKey(processKey, teamId + "-" + year, variables);
  }

  public ProcessInstance start(List<Map<String, Object>> candidates) {
    return start(DemoData.TEAM_ID, YEAR, candidates);
  }

  public Task planTask(ProcessInstance instance) {
    return tasks().processInstanceId(instance.getId()).taskDefinitionKey("Task_DraftPlan").singleResult();
  }

  /** Submits the plan as the secretary; then runs the job that starts the item flows, as the job executor would. */
  public void submitPlan(ProcessInstance instance, List<Map<String, Object>> rows) {
    complete(planTask(instance), DemoData.SECRETARY, createVariables().putValue("planItems", JsonValues.json(rows)));
    startItemFlows(instance);
  }

  public void startItemFlows(ProcessInstance instance) {
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("SubProcess_RectifyItem#multiInstanceBody").singleResult();
    management.executeJob(job.getId());
  }

  public List<Task> reportTasks(ProcessInstance instance) {
    return tasks().processInstanceId(instance.getId()).taskDefinitionKey("Task_ReportProgress")
        .orderByTaskAssignee().asc().list();
  }

  public Task taskFor(ProcessInstance instance, String taskKey, String itemId) {
    return tasks().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .taskVariableValueEquals("itemId", itemId).singleResult();
  }

  public void report(ProcessInstance instance, String itemId, String action, String text) {
    Task task = taskFor(instance, "Task_ReportProgress", itemId);
    complete(task, task.getAssignee(), createVariables().putValue("reportAction", action)
        .putValue("progressText", text).putValue("evidence", "https://oa.example.cn/docs/" + itemId));
  }

  public void requestExtension(ProcessInstance instance, String itemId, String until, String reason) {
    Task task = taskFor(instance, "Task_ReportProgress", itemId);
    complete(task, task.getAssignee(), createVariables().putValue("reportAction", "extension")
        .putValue("requestedDeadline", until).putValue("extensionReason", reason));
  }

  public void verify(ProcessInstance instance, String itemId, String decision, String comment) {
    complete(taskFor(instance, "Task_VerifyItem", itemId), OFFICE_USER,
        createVariables().putValue("verificationDecision", decision).putValue("verificationComment", comment));
  }

  public void decideExtension(ProcessInstance instance, String itemId, String decision, String comment) {
    complete(taskFor(instance, "Task_DecideExtension", itemId), OFFICE_USER,
        createVariables().putValue("extensionDecision", decision).putValue("extensionComment", comment));
  }

  /** Reports, submits and closes the item in one go. */
  public void settle(ProcessInstance instance, String itemId) {
    report(instance, itemId, "submit", "已整改到位。");
    verify(instance, itemId, "close", "同意销号。");
  }

  public RectificationItem item(ProcessInstance instance, String itemId) {
    return LedgerJson.item(runtime().getVariable(instance.getId(), RectificationContract.itemVariable(itemId)));
  }

  public LedgerSummary summary(ProcessInstance instance) {
    return LedgerJson.summary(runtime().getVariable(instance.getId(), RectificationContract.SUMMARY));
  }

  public void complete(Task task, String userId, VariableMap variables) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  public static List<Map<String, Object>> rows(int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String member = DemoData.MEMBERS.get(i % DemoData.MEMBERS.size());
      rows.add(row("问题" + i + "：学习不够深入", "措施" + i + "：制定学习计划并落实", member, "2027-03-31", "限期整改"));
    }
    return rows;
  }

  private org.camunda.bpm.engine.task.TaskQuery tasks() {
    return taskService().createTaskQuery();
  }

  private TaskService taskService() {
    return engine.getTaskService();
  }

  private RuntimeService runtime() {
    return engine.getRuntimeService();
  }
}
