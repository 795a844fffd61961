package cn.dlm.board;

import cn.dlm.board.BoardStore.Column;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.engine.EngineChanges;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.RectificationContract;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the board's read model current from the engine's own changes, in the same transaction: a cycle's start
 * and end, its own variables (team, phase, meeting day, withdrawal), the rectification summary (整改事项) of the
 * cycle or of its rectification process, and every open task of the cycle's process tree.
 */
@Component
class BoardRecorder implements EngineChanges {

  private static final Map<String, Column> CYCLE_VARIABLES = Map.of(CycleContract.TEAM_ID, Column.TEAM_ID,
      CycleContract.TEAM_NAME, Column.TEAM_NAME, CycleContract.PHASE, Column.PHASE, CycleContract.MEETING_DAY,
      Column.MEETING_DAY, CycleContract.WITHDRAWAL, Column.WITHDRAWAL);

  private final BoardStore store;

  BoardRecorder(BoardStore store) {
    this.store = store;
  }

  @Override
  public void instanceChanged(InstanceChange change) {
    if (CycleContract.PROCESS_KEY.equals(change.processDefinitionKey())) {
      store.instance(change.processInstanceId(), change.businessKey(), yearOf(change.businessKey()),
          change.startTime(), change.state());
    }
  }

  @Override
  public void taskChanged(TaskChange change) {
    if (change.rootProcessInstanceId() == null) {
      return;
    }
    if (change.ended()) {
      store.endedTask(change.taskId());
    } else {
      store.openTask(new BoardStore.TaskRow(change.taskId(), change.rootProcessInstanceId(),
          change.processDefinitionId(), change.taskDefinitionKey(), change.name(), change.assignee(),
          change.dueDate()));
    }
  }

  @Override
  public void variableChanged(VariableChange change) {
    if (!change.ofInstance()) {
      return;
    }
    boolean ofCycle = CycleContract.PROCESS_KEY.equals(change.processDefinitionKey());
    if (ofCycle && CYCLE_VARIABLES.containsKey(change.name())) {
      store.value(change.processInstanceId(), CYCLE_VARIABLES.get(change.name()),
          change.value() == null ? null : change.value().toString());
    } else if (RectificationContract.SUMMARY.equals(change.name()) && change.rootProcessInstanceId() != null
        && (ofCycle || RectificationContract.PROCESS_KEY.equals(change.processDefinitionKey()))) {
      JsonNode summary = JsonValues.tree(change.value());
      store.rectification(change.rootProcessInstanceId(), ofCycle ? BoardStore.CYCLE_ITSELF
          : BoardStore.RECTIFICATION_PROCESS, count(summary, "open"), count(summary, "overdue"),
          count(summary, "closed"), count(summary, "carriedOver"));
    }
  }

  static int count(JsonNode summary, String name) {
    return summary.path(name).asInt(0);
  }

  /** The year of a cycle's business key, {@code <teamId>-<year>}; null for any other key. */
  static Integer yearOf(String businessKey) {
    if (businessKey == null || businessKey.lastIndexOf('-') < 0) {
      return null;
    }
    String year = businessKey.substring(businessKey.lastIndexOf('-') + 1);
    return year.matches("\\d{4}") ? Integer.valueOf(year) : null;
  }
}
