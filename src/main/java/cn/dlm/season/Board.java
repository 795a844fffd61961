package cn.dlm.season;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import cn.dlm.rectification.RectificationContract;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county board (民主生活会总览) as JSON: one row per team with a cycle in the year — its latest cycle, running,
 * closed or withdrawn (from history) — with phase, meeting date, open and overdue tasks of the cycle and every
 * process it called, the oldest overdue step and its owner, and the rectification items (整改事项) counts.
 * For the organizing office and the supervisors (read-only).
 */
@RestController
@RequestMapping("/api")
class Board {

  private static final String[] VARIABLES = {CycleContract.TEAM_ID, CycleContract.TEAM_NAME, CycleContract.PHASE,
      CycleContract.MEETING_DAY, CycleContract.WITHDRAWAL, RectificationContract.SUMMARY};

  private final ProcessEngine engine;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EngineClock clock;

  Board(ProcessEngine engine, EngineClock clock) {
    this.engine = engine;
    this.historyService = engine.getHistoryService();
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.clock = clock;
  }

  @GetMapping("/board")
  List<Map<String, Object>> board(@RequestParam(required = false) Integer year, HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.SUPERVISORS_GROUP,
        AccessModel.ADMIN_GROUP);
    int boardYear = year(year);
    return Privileged.call(engine, () -> rows(boardYear));
  }

  @GetMapping("/board.xlsx")
  ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer year, HttpServletRequest request)
      throws IOException {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.SUPERVISORS_GROUP,
        AccessModel.ADMIN_GROUP);
    int boardYear = year(year);
    byte[] content = BoardWorkbook.write(boardYear, Privileged.call(engine, () -> rows(boardYear)));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(boardYear + "年度民主生活会总览.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  private int year(Integer year) {
    int boardYear = year == null ? clock.today().getYear() : year;
    if (boardYear < 2000 || boardYear > 2100) {
      throw ApiException.badRequest("年度应在2000至2100之间。");
    }
    return boardYear;
  }

  private List<Map<String, Object>> rows(int year) {
    String keys = "%-" + year;
    Map<String, HistoricProcessInstance> cycles = new LinkedHashMap<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .processInstanceBusinessKeyLike(keys).orderByProcessInstanceStartTime().asc().list()
        .forEach(cycle -> cycles.put(cycle.getBusinessKey(), cycle));
    if (cycles.isEmpty()) {
      return List.of();
    }
    Map<String, String> rectificationOf = new HashMap<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RectificationContract.PROCESS_KEY)
        .processInstanceBusinessKeyLike(keys).orderByProcessInstanceStartTime().asc().list()
        .forEach(rectification -> rectificationOf.put(rectification.getSuperProcessInstanceId(), rectification.getId()));
    List<String> ids = new ArrayList<>();
    cycles.values().forEach(cycle -> ids.add(cycle.getId()));
    ids.addAll(rectificationOf.values());
    Map<String, Map<String, Object>> variables = new HashMap<>();
    // the instances' own variables (a process instance's execution has its id), not the tasks' copies of phase;
    // by process instance too, which the history table has an index for
    String[] instances = ids.toArray(String[]::new);
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).executionIdIn(instances)
        .variableNameIn(VARIABLES).disableCustomObjectDeserialization().list()
        .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), value(variable)));
    Map<String, List<Task>> tasks = openTasks(keys);
    Date now = clock.nowAsDate();
    Map<String, List<Task>> overdueTasks = new HashMap<>();
    tasks.forEach((key, open) -> overdueTasks.put(key, open.stream()
        .filter(task -> task.getDueDate() != null && task.getDueDate().before(now))
        .sorted(Comparator.comparing(Task::getDueDate)).toList()));
    Map<String, String> owners = StepOwners.of(overdueTasks.values().stream().filter(list -> !list.isEmpty())
        .map(list -> list.get(0)).toList(), taskService, identityService, engine.getRepositoryService());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (HistoricProcessInstance cycle : cycles.values()) {
      Map<String, Object> own = variables.getOrDefault(cycle.getId(), Map.of());
      Map<String, Object> rectification = variables.getOrDefault(rectificationOf.get(cycle.getId()), Map.of());
      List<Task> open = tasks.getOrDefault(cycle.getBusinessKey(), List.of());
      List<Task> overdue = overdueTasks.getOrDefault(cycle.getBusinessKey(), List.of());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("businessKey", cycle.getBusinessKey());
      row.put("processInstanceId", cycle.getId());
      row.put("teamId", own.get(CycleContract.TEAM_ID));
      row.put("teamName", own.get(CycleContract.TEAM_NAME));
      row.put("status", status(cycle));
      row.put("phase", own.get(CycleContract.PHASE));
      row.put("meetingDate", own.get(CycleContract.MEETING_DAY));
      row.put("openTasks", open.size());
      row.put("overdueTasks", overdue.size());
      row.put("oldestOverdue", overdue.isEmpty() ? null : oldest(overdue.get(0), owners));
      row.put("rectification", rectificationCounts(
          rectification.getOrDefault(RectificationContract.SUMMARY, own.get(RectificationContract.SUMMARY))));
      row.put("withdrawal", own.get(CycleContract.WITHDRAWAL));
      rows.add(row);
    }
    rows.sort(Comparator.comparing(row -> String.valueOf(row.get("businessKey"))));
    return rows;
  }

  private Map<String, List<Task>> openTasks(String keys) {
    Map<String, String> businessKeys = new HashMap<>();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(keys).list()
        .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
    Map<String, List<Task>> tasks = new HashMap<>();
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKeyLike(keys).list()) {
      String key = businessKeys.get(task.getProcessInstanceId());
      if (key != null) {
        tasks.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
      }
    }
    return tasks;
  }

  private Map<String, Object> oldest(Task task, Map<String, String> owners) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("task", task.getName());
    step.put("due", clock.localDate(task.getDueDate()).toString());
    step.put("owner", owners.get(task.getId()));
    return step;
  }

  private static String status(HistoricProcessInstance cycle) {
    return switch (cycle.getState()) {
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "withdrawn";
      case HistoricProcessInstance.STATE_COMPLETED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "closed";
      default -> "running";
    };
  }

  private static Map<String, Integer> rectificationCounts(Object summary) {
    JsonNode node = summary == null ? null : JsonValues.tree(summary);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String count : List.of("open", "overdue", "closed", "carriedOver")) {
      counts.put(count, node == null ? 0 : node.path(count).asInt(0));
    }
    return counts;
  }

  private static Object value(HistoricVariableInstance variable) {
    Object value = variable.getValue();
    if (value == null || value instanceof String || value instanceof Number) {
      return value;
    }
    return JsonValues.tree(value.toString());
  }
}
