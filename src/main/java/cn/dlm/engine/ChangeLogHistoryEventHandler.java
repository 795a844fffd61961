package cn.dlm.engine;

import cn.dlm.mail.MailQueue;
import cn.dlm.reminder.ReminderSweep;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, with one exception to history level {@code full}: a variable's change log
 * (one {@code ACT_HI_DETAIL} row per value it ever had) is kept only where a value can change and the
 * change matters — process variables of the cycle's processes. Task-local variables (the Tasklist columns,
 * each participant's prepared view, the reminder record) and the variables of the system's own processes
 * (each mail, each sweep) are written once or are recorded elsewhere; for them the latest value in
 * {@code ACT_HI_VARINST} is all the history keeps. Those rows were more than a third of all history written
 * (docs/performance.md).
 */
class ChangeLogHistoryEventHandler extends DbHistoryEventHandler {

  static final Set<String> PROCESSES_WITHOUT_CHANGE_LOG = Set.of(MailQueue.PROCESS_KEY, ReminderSweep.PROCESS_KEY);

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && event.getTaskId() == null
        && !PROCESSES_WITHOUT_CHANGE_LOG.contains(event.getProcessDefinitionKey());
  }
}
