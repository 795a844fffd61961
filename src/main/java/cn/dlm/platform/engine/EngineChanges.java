package cn.dlm.platform.engine;

import java.util.Date;

/**
 * Told of every change the engine records in history — an instance started or ended, a task created, changed or
 * ended, a variable written — inside the transaction that makes the change, so that what a feature keeps from it
 * commits or rolls back with the engine's own rows. Whatever deletes an instance (a withdrawal, Cockpit, skipping
 * listeners or not) still tells. A Spring bean implementing this is called for every event: keep it cheap.
 */
public interface EngineChanges {

  /** A process instance started, changed state or ended; {@code state} as history names it (ACTIVE, COMPLETED, ...). */
  record InstanceChange(String processInstanceId, String rootProcessInstanceId, String processDefinitionKey,
      String businessKey, Date startTime, String state) {}

  /** A task created or changed ({@code ended} false), or completed or deleted ({@code ended} true). */
  record TaskChange(String taskId, String rootProcessInstanceId, String processDefinitionId, String taskDefinitionKey,
      String name, String assignee, Date dueDate, boolean ended) {}

  /**
   * A variable created or updated. {@code ofInstance} when it is the process instance's own (not a task's or a
   * sub-scope's); {@code value} is a String (JSON values as their text), a Number, or null.
   */
  record VariableChange(String name, String processInstanceId, String rootProcessInstanceId,
      String processDefinitionKey, boolean ofInstance, Object value) {}

  default void instanceChanged(InstanceChange change) {}

  default void taskChanged(TaskChange change) {}

  default void variableChanged(VariableChange change) {}
}
