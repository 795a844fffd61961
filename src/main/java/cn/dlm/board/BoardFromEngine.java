package cn.dlm.board;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.RectificationContract;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A cycle's board row and open tasks read from the engine itself (history and runtime): what the read model fills
 * a cycle with that it has not seen start, and what its rows must equal.
 */
@Component
class BoardFromEngine {

  record Cycle(BoardStore.CycleRow row, List<BoardStore.TaskRow> openTasks) {}

  private static final String[] VARIABLES = {CycleContract.TEAM_ID, CycleContract.TEAM_NAME, CycleContract.PHASE,
      CycleContract.MEETING_DAY, CycleContract.WITHDRAWAL, RectificationContract.SUMMARY};

  private final HistoryService historyService;
  private final TaskService taskService;

  BoardFromEngine(HistoryService historyService, TaskService taskService) {
    this.historyService = historyService;
    this.taskService = taskService;
  }

  /** Every cycle the engine knows of, started or ended. */
  List<HistoricProcessInstance> allCycles() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY).list();
  }

  /** The given cycles as the board sees them; at most a few hundred at a time (the queries list their ids). */
  List<Cycle> of(List<HistoricProcessInstance> cycles) {
    if (cycles.isEmpty()) {
      return List.of();
    }
    Set<String> cycleIds = cycles.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    Map<String, String> rectificationOf = new HashMap<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RectificationContract.PROCESS_KEY)
        .orderByProcessInstanceStartTime().asc().list().stream()
        .filter(rectification -> cycleIds.contains(rectification.getSuperProcessInstanceId()))
        .forEach(rectification -> rectificationOf.put(rectification.getSuperProcessInstanceId(), rectification.getId()));
    List<String> ids = new ArrayList<>(cycleIds);
    ids.addAll(rectificationOf.values());
    String[] instances = ids.toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).executionIdIn(instances)
        .variableNameIn(VARIABLES).disableCustomObjectDeserialization().list()
        .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue()));
    List<Cycle> result = new ArrayList<>();
    for (HistoricProcessInstance cycle : cycles) {
      Map<String, Object> own = variables.getOrDefault(cycle.getId(), Map.of());
      Object summary = variables.getOrDefault(rectificationOf.get(cycle.getId()), Map.of())
          .getOrDefault(RectificationContract.SUMMARY, own.get(RectificationContract.SUMMARY));
      JsonNode counts = summary == null ? null : JsonValues.tree(summary);
      BoardStore.CycleRow row = new BoardStore.CycleRow(cycle.getId(), cycle.getBusinessKey(),
          BoardRecorder.yearOf(cycle.getBusinessKey()), cycle.getStartTime(), cycle.getState(),
          text(own.get(CycleContract.TEAM_ID)), text(own.get(CycleContract.TEAM_NAME)),
          text(own.get(CycleContract.PHASE)), text(own.get(CycleContract.MEETING_DAY)),
          text(own.get(CycleContract.WITHDRAWAL)), count(counts, "open"), count(counts, "overdue"),
          count(counts, "closed"), count(counts, "carriedOver"));
      result.add(new Cycle(row, openTasks(cycle)));
    }
    return result;
  }

  /** The open tasks of the cycle's process tree: every process of it carries the cycle's business key. */
  private List<BoardStore.TaskRow> openTasks(HistoricProcessInstance cycle) {
    if (cycle.getEndTime() != null || cycle.getBusinessKey() == null) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceBusinessKey(cycle.getBusinessKey()).list().stream()
        .map(task -> new BoardStore.TaskRow(task.getId(), cycle.getId(), task.getProcessDefinitionId(),
            task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), task.getDueDate()))
        .sorted(Comparator.comparing(BoardStore.TaskRow::taskId)).toList();
  }

  private static Integer count(JsonNode summary, String name) {
    return summary == null ? null : BoardRecorder.count(summary, name);
  }

  private static String text(Object value) {
    return value == null ? null : value instanceof String text ? text : JsonValues.tree(value).toString();
  }
}
