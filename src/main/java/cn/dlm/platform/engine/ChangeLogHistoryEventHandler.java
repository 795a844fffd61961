package cn.dlm.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, with one exception to history level {@code full}: a variable's change log
 * (one {@code ACT_HI_DETAIL} row per value it ever had) is kept only where a value can change and the
 * change matters — process variables of the cycle's processes. Task-local variables (the Tasklist columns,
 * each participant's prepared view, the reminder record) and the variables of the system's own processes
 * (each mail, each sweep; {@code dlm.history.processes-without-change-log}) are written once or are recorded
 * elsewhere; for them the latest value in
 * {@code ACT_HI_VARINST} is all the history keeps. Those rows were more than a third of all history written
 * (docs/performance.md).
 *
 * <p>Two kinds of process variables keep no change log either: the engine's multi-instance counters
 * ({@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances}, {@code loopCounter}), which
 * change with every completion of a member's step and say nothing the tasks' history does not; and the first value
 * of a variable a called process receives from its caller ({@code camunda:in}, {@code dlm.history.called-process-inputs}),
 * a copy of a value whose change log the caller keeps. A later change of such a variable inside the called process is
 * logged as usual.
 *
 * <p>A queued new-work notice ({@code new-work-notice}, one per person and task) leaves no history at all: it is
 * a queue entry that lives until the next dispatch, which records what it took, and the mail's own
 * {@code mail-delivery} instance records what was sent.
 *
 * <p>A submitted form field is also recorded as such ({@code ACT_HI_DETAIL.TEXT_}, 4,000 characters): a longer
 * value (a whole material) is recorded by its first characters and a mark, since the variable's own history
 * keeps the whole text. Without this a submission of more than 4,000 characters fails.
 */
class ChangeLogHistoryEventHandler extends DbHistoryEventHandler {

  static final int FORM_FIELD_TEXT_LENGTH = 4_000;
  static final String CUT_MARK = "……（全文见流程变量）";

  static final Set<String> MULTI_INSTANCE_COUNTERS =
      Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

  private final Set<String> processesWithoutChangeLog;
  private final Set<String> processesWithoutHistory;
  private final Set<String> calledProcessInputs;

  ChangeLogHistoryEventHandler(Set<String> processesWithoutChangeLog, Set<String> processesWithoutHistory,
      Set<String> calledProcessInputs) {
    this.processesWithoutChangeLog = Set.copyOf(processesWithoutChangeLog);
    this.processesWithoutHistory = Set.copyOf(processesWithoutHistory);
    this.calledProcessInputs = Set.copyOf(calledProcessInputs);
  }

  @Override
  protected void insertOrUpdate(HistoryEvent event) {
    if (isAmong(processesWithoutHistory, event.getProcessDefinitionKey())) {
      return;
    }
    if (event instanceof HistoricFormPropertyEventEntity field && field.getPropertyValue() instanceof String text
        && text.length() > FORM_FIELD_TEXT_LENGTH) {
      field.setPropertyValue(text.substring(0, FORM_FIELD_TEXT_LENGTH - CUT_MARK.length()) + CUT_MARK);
    }
    super.insertOrUpdate(event);
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && event.getTaskId() == null
        && !isAmong(processesWithoutChangeLog, event.getProcessDefinitionKey())
        && !MULTI_INSTANCE_COUNTERS.contains(event.getVariableName())
        && !isInputOfCalledProcess(event);
  }

  private boolean isInputOfCalledProcess(HistoricVariableUpdateEventEntity event) {
    return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && calledProcessInputs.contains(event.getVariableName())
        && event.getRootProcessInstanceId() != null
        && !event.getRootProcessInstanceId().equals(event.getProcessInstanceId());
  }

  /** Events outside a process (a user operation, a standalone task) have no process key. */
  private static boolean isAmong(Set<String> processes, String processDefinitionKey) {
    return processDefinitionKey != null && processes.contains(processDefinitionKey);
  }
}
