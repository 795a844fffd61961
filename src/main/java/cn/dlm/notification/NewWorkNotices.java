package cn.dlm.notification;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The queue of new-work notices (新待办汇总通知) waiting for the next dispatch: one small
 * {@code new-work-notice} instance per person and task, waiting at a receive task, with everything it says in
 * its business key ({@link NewWorkNotice}). Queued in the transaction that gave the person the task, it exists
 * only if that commits; the queue only ever inserts, so a user's step never collides with a dispatch.
 */
@Component
public class NewWorkNotices {

  public static final String PROCESS_KEY = NotificationContract.NEW_WORK_NOTICE_PROCESS;

  private final ProcessEngine engine;
  private final MailProperties properties;

  public NewWorkNotices(ProcessEngine engine, MailProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  boolean coalesced() {
    return !properties.noticeWindow().isZero();
  }

  void queue(String recipient, String taskId, Date at) {
    String key = new NewWorkNotice(recipient, taskId, at).key();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(() -> engine.getRuntimeService()
            .createProcessInstanceByKey(PROCESS_KEY).businessKey(key).execute()));
  }
}
