package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Queues a mail by starting a {@code mail-delivery} instance whose sending step is an async job.
 * Called inside an engine command, the job belongs to that command's transaction: it exists only
 * if the decision that asked for the mail commits, and it runs only after that commit. The request
 * is the business key ({@link MailRequest#key()}) and four short variables, so that a mail costs
 * few rows: one is queued for nearly every task (docs/performance.md).
 */
@FeatureApi
@Component
public class MailQueue {

  private final ProcessEngine engine;

  public MailQueue(ProcessEngine engine) {
    this.engine = engine;
  }

  public void enqueue(MailRequest request) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(NotificationContract.MAIL_KIND, request.kind())
        .putValue(NotificationContract.RECIPIENT, request.recipient())
        .putValue(NotificationContract.TASK_IDS, String.join(",", request.taskIds()))
        .putValue(NotificationContract.REQUESTED_AT, request.requestedAt());
    // The user whose action created a task may not start processes; queueing mail is the system's doing.
    Privileged.call(engine, () -> engine.getRuntimeService()
        .createProcessInstanceByKey(NotificationContract.MAIL_PROCESS)
        .businessKey(request.key())
        .setVariables(variables)
        .execute());
  }
}
