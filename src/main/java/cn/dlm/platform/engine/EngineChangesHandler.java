package cn.dlm.platform.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/** Passes the engine's history events on to the {@link EngineChanges} beans as plain records. */
class EngineChangesHandler implements HistoryEventHandler {

  private final List<EngineChanges> listeners;

  EngineChangesHandler(List<EngineChanges> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance) {
      EngineChanges.InstanceChange change = new EngineChanges.InstanceChange(instance.getProcessInstanceId(),
          instance.getRootProcessInstanceId(), instance.getProcessDefinitionKey(), instance.getBusinessKey(),
          instance.getStartTime(), instance.getState());
      listeners.forEach(listener -> listener.instanceChanged(change));
    } else if (event instanceof HistoricTaskInstanceEventEntity task) {
      boolean ended = task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
          || task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE);
      EngineChanges.TaskChange change = new EngineChanges.TaskChange(task.getTaskId(), task.getRootProcessInstanceId(),
          task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
          task.getDueDate(), ended);
      listeners.forEach(listener -> listener.taskChanged(change));
    } else if (event instanceof HistoricVariableUpdateEventEntity variable
        && !variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
      boolean ofInstance = variable.getTaskId() == null
          && Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId());
      EngineChanges.VariableChange change = new EngineChanges.VariableChange(variable.getVariableName(),
          variable.getProcessInstanceId(), variable.getRootProcessInstanceId(), variable.getProcessDefinitionKey(),
          ofInstance, value(variable));
      listeners.forEach(listener -> listener.variableChanged(change));
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static Object value(HistoricVariableUpdateEventEntity variable) {
    if (variable.getTextValue() != null) {
      return variable.getTextValue();
    }
    if (variable.getByteValue() != null) {
      return new String(variable.getByteValue(), byteCharset(variable));
    }
    if (variable.getLongValue() != null) {
      return variable.getLongValue();
    }
    return variable.getDoubleValue();
  }

  /** Our long strings are UTF-8; the engine writes serialized values (JSON) in its configured charset. */
  private static Charset byteCharset(HistoricVariableUpdateEventEntity variable) {
    return LongStringSerializer.NAME.equals(variable.getSerializerName()) || Context.getProcessEngineConfiguration() == null
        ? StandardCharsets.UTF_8 : Context.getProcessEngineConfiguration().getDefaultCharset();
  }
}
