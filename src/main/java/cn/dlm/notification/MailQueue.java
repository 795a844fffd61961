package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.HashMap;
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
 * at most {@link #MAILS_PER_BATCH}: each batch is a {@code mail-batch} instance that carries its mails' requests,
 * prepares them in one job — each mail gets its own {@code mail-delivery} record there — and sends them in a second
 * job through one SMTP connection (docs/operations.md, "Mail after a crash"). A sweep of a city's 17,000 overdue
 * tasks queues 9,000 mails: as instances in the sweep's own transaction, the engine's flush ordering of that many
 * inserts took over a minute (docs/performance.md).
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
    start(request, Map.of());
  }

  /**
   * Queues the mails of one decision, in batches that share their jobs and SMTP connection. The deciding
   * transaction writes one instance per batch; each mail's own record is made when its batch is prepared.
   */
  public void enqueueAll(List<MailRequest> requests) {
    for (List<MailRequest> batch : Parts.of(requests, MAILS_PER_BATCH)) {
      if (batch.size() == 1) {
        enqueue(batch.get(0));
        continue;
      }
      Privileged.call(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(
          NotificationContract.MAIL_BATCH_PROCESS,
          Map.of(NotificationContract.MAIL_REQUESTS, Variables.byteArrayValue(BatchRequests.encode(batch)))));
    }
  }

  /** A mail of a batch, recorded as its batch prepared it; it waits for the batch's sending. Its instance id. */
  String startInBatch(MailRequest request, String batchId, Map<String, Object> record) {
    Map<String, Object> variables = new HashMap<>(record);
    variables.put(NotificationContract.MAIL_BATCH, batchId);
    return start(request, variables);
  }

  private String start(MailRequest request, Map<String, Object> more) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(NotificationContract.MAIL_KIND, request.kind())
        .putValue(NotificationContract.RECIPIENT, request.recipient())
        .putValue(NotificationContract.TASK_IDS, String.join(",", request.taskIds()))
        .putValue(NotificationContract.REQUESTED_AT, request.requestedAt());
    variables.putAll(more);
    // The user whose action created a task may not start processes; queueing mail is the system's doing.
    return Privileged.call(engine, () -> engine.getRuntimeService()
        .createProcessInstanceByKey(NotificationContract.MAIL_PROCESS)
        .businessKey(request.key())
        .setVariables(variables)
        .execute().getId());
  }
}
