package cn.dlm.cycle;

import cn.dlm.platform.engine.ModelListeners;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the process variable {@code phase} (阶段, a Tasklist column) up to date: any activity
 * carrying the extension property {@code phase} sets it when it starts. Every user task also gets
 * task-local copies of the Tasklist columns (班子, 年度, 阶段): a member may read his or her own
 * task's variables but not the cycle's, so the filter columns would otherwise stay empty for members.
 */
@Component
class PhaseTracking implements ModelListeners {

  static final String PHASE_PROPERTY = "phase";

  @Override
  public Map<String, TaskListener> userTask(Map<String, String> properties) {
    String phase = properties.get(PHASE_PROPERTY);
    return Map.of(TaskListener.EVENTNAME_CREATE, task -> copyColumns(task, phase));
  }

  @Override
  public ExecutionListener activityStart(Map<String, String> properties) {
    String phase = properties.get(PHASE_PROPERTY);
    if (phase == null) {
      return null;
    }
    return execution -> {
      // Most activities start in the phase already set: an unchanged value costs a history row each.
      DelegateExecution instance = execution.getProcessInstance();
      if (!phase.equals(instance.getVariable(CycleContract.PHASE))) {
        instance.setVariable(CycleContract.PHASE, phase);
      }
    };
  }

  private static void copyColumns(DelegateTask task, String phase) {
    for (String column : CycleContract.TASKLIST_COLUMNS) {
      Object value = CycleContract.PHASE.equals(column) && phase != null ? phase : task.getExecution().getVariable(column);
      if (value != null) {
        task.setVariableLocal(column, value);
      }
    }
  }
}
