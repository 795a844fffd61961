package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Queues a mail by starting a {@code mail-delivery} instance whose sending step is an async job.
 * Called inside an engine command, the job belongs to that command's transaction: it exists only
 * if the decision that asked for the mail commits, and it runs only after that commit. The request
 * is the business key ({@link MailRequest#key()}) and four short variables, so that a mail costs
 * few rows.
 *
 * <p>The mails of one decision (a dispatch of new-work notices, a reminder sweep) are queued as batches of
 * at most {@link #MAILS_PER_BATCH}: each batch is a {@code mail-batch} instance that prepares its mails in one
 * job and sends them in a second job through one SMTP connection; each mail keeps its own {@code mail-delivery}
 * record (docs/operations.md, "Mail after a crash").
 */
@FeatureApi
@Component
public class MailQueue {

  static final int MAILS_PER_BATCH = 50;

  private final ProcessEngine engine;

  public MailQueue(ProcessEngine engine) {
    this.engine = engine;
  }

  public void enqueue(MailRequest request) {
    start(request, null);
  }

  /** Queues the mails of one decision, in batches that share their jobs and SMTP connection. */
  public void enqueueAll(List<MailRequest> requests) {
    for (int from = 0; from < requests.size(); from += MAILS_PER_BATCH) {
      List<MailRequest> batch = requests.subList(from, Math.min(requests.size(), from + MAILS_PER_BATCH));
      if (batch.size() == 1) {
        enqueue(batch.get(0));
        continue;
      }
      String batchId = Privileged.call(engine, () -> engine.getRuntimeService()
          .startProcessInstanceByKey(NotificationContract.MAIL_BATCH_PROCESS).getId());
      batch.forEach(request -> start(request, batchId));
    }
  }

  private void start(MailRequest request, String batchId) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(NotificationContract.MAIL_KIND, request.kind())
        .putValue(NotificationContract.RECIPIENT, request.recipient())
        .putValue(NotificationContract.TASK_IDS, String.join(",", request.taskIds()))
        .putValue(NotificationContract.REQUESTED_AT, request.requestedAt());
    if (batchId != null) {
      variables.put(NotificationContract.MAIL_BATCH, batchId);
    }
    // The user whose action created a task may not start processes; queueing mail is the system's doing.
    Privileged.call(engine, () -> engine.getRuntimeService()
        .createProcessInstanceByKey(NotificationContract.MAIL_PROCESS)
        .businessKey(request.key())
        .setVariables(variables)
        .execute());
  }
}
