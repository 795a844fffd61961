package cn.dlm.board;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county board (民主生活会总览) as JSON, read from its read model ({@link BoardStore}): one row per team with a
 * cycle in the year — its latest cycle, running, closed or withdrawn — with phase, meeting date, open and overdue
 * tasks of the cycle and every process it called, the oldest overdue step and its owner, and the rectification
 * items (整改事项) counts. For the organizing office and the supervisors (read-only).
 */
@RestController
@RequestMapping("/api")
class Board {

  private final ProcessEngine engine;
  private final BoardStore store;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EngineClock clock;

  Board(ProcessEngine engine, BoardStore store, EngineClock clock) {
    this.engine = engine;
    this.store = store;
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
    Map<String, BoardStore.CycleRow> cycles = new LinkedHashMap<>();
    store.cycles(year).forEach(cycle -> cycles.put(cycle.businessKey(), cycle));
    if (cycles.isEmpty()) {
      return List.of();
    }
    Map<String, List<BoardStore.TaskRow>> tasks = new HashMap<>();
    store.openTasks(year).forEach(task -> tasks.computeIfAbsent(task.cycleId(), id -> new ArrayList<>()).add(task));
    Date now = clock.nowAsDate();
    Map<String, List<BoardStore.TaskRow>> overdueTasks = new HashMap<>();
    tasks.forEach((cycleId, open) -> overdueTasks.put(cycleId, open.stream()
        .filter(task -> task.dueDate() != null && task.dueDate().before(now))
        .sorted(Comparator.comparing(BoardStore.TaskRow::dueDate)).toList()));
    Map<String, String> owners = StepOwners.of(overdueTasks.values().stream().filter(list -> !list.isEmpty())
        .map(list -> list.get(0)).toList(), taskService, identityService, engine.getRepositoryService());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BoardStore.CycleRow cycle : cycles.values()) {
      List<BoardStore.TaskRow> open = tasks.getOrDefault(cycle.processInstanceId(), List.of());
      List<BoardStore.TaskRow> overdue = overdueTasks.getOrDefault(cycle.processInstanceId(), List.of());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("businessKey", cycle.businessKey());
      row.put("processInstanceId", cycle.processInstanceId());
      row.put("teamId", cycle.teamId());
      row.put("teamName", cycle.teamName());
      row.put("status", status(cycle.state()));
      row.put("phase", cycle.phase());
      row.put("meetingDate", cycle.meetingDay());
      row.put("openTasks", open.size());
      row.put("overdueTasks", overdue.size());
      row.put("oldestOverdue", overdue.isEmpty() ? null : oldest(overdue.get(0), owners));
      row.put("rectification", rectificationCounts(cycle));
      row.put("withdrawal", cycle.withdrawal() == null ? null : JsonValues.tree(cycle.withdrawal()));
      rows.add(row);
    }
    rows.sort(Comparator.comparing(row -> String.valueOf(row.get("businessKey"))));
    return rows;
  }

  private Map<String, Object> oldest(BoardStore.TaskRow task, Map<String, String> owners) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("task", task.name());
    step.put("due", clock.localDate(task.dueDate()).toString());
    step.put("owner", owners.get(task.taskId()));
    return step;
  }

  private static String status(String state) {
    return switch (state == null ? "" : state) {
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "withdrawn";
      case HistoricProcessInstance.STATE_COMPLETED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "closed";
      default -> "running";
    };
  }

  private static Map<String, Integer> rectificationCounts(BoardStore.CycleRow cycle) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("open", zeroIfNull(cycle.rectificationOpen()));
    counts.put("overdue", zeroIfNull(cycle.rectificationOverdue()));
    counts.put("closed", zeroIfNull(cycle.rectificationClosed()));
    counts.put("carriedOver", zeroIfNull(cycle.rectificationCarriedOver()));
    return counts;
  }

  private static int zeroIfNull(Integer count) {
    return count == null ? 0 : count;
  }
}
