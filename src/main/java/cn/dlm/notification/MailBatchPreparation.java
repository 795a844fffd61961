package cn.dlm.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of {@code mail-batch} (准备本批邮件): {@link MailPreparation}'s work for every mail of the batch,
 * in one transaction that commits before the batch's SMTP conversation. Each mail's {@code mail-delivery} record is
 * made here, from the requests the batch carries: a mail no longer needed ends at once as 无需发送; the others wait,
 * recorded, for {@link MailBatchSending}.
 */
@Component("mailBatchPreparation")
class MailBatchPreparation implements JavaDelegate {

  private final BatchMails batchMails;
  private final MailPreparation preparation;
  private final MailQueue mailQueue;
  private final OpenTasks openTasks;
  private final RuntimeService runtimeService;

  MailBatchPreparation(BatchMails batchMails, MailPreparation preparation, MailQueue mailQueue, OpenTasks openTasks,
      RuntimeService runtimeService) {
    this.batchMails = batchMails;
    this.preparation = preparation;
    this.mailQueue = mailQueue;
    this.openTasks = openTasks;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String batchId = execution.getProcessInstanceId();
    if (execution.getVariable(NotificationContract.MAIL_REQUESTS) instanceof byte[] queued) {
      List<MailRequest> requests = BatchRequests.decode(queued);
      openTasks.readingAhead(requests.stream().flatMap(request -> request.taskIds().stream()).toList(), () -> {
        for (MailRequest request : requests) {
          Map<String, Object> record = preparation.record(request);
          String mail = mailQueue.startInBatch(request, batchId, record);
          if (!record.containsKey(MailPreparation.MESSAGE_ID)) {
            runtimeService.signal(mail);
          }
        }
      });
      return;
    }
    // A batch queued by an earlier build: its mails were started with it and wait unrecorded.
    for (BatchMails.Waiting mail : batchMails.waiting(batchId, QueuedMail.VARIABLES)) {
      Map<String, Object> record = preparation.record(QueuedMail.request(mail.businessKey(), mail.variables()));
      if (record.containsKey(MailPreparation.MESSAGE_ID)) {
        runtimeService.setVariables(mail.id(), record);
      } else {
        runtimeService.signal(mail.id(), record);
      }
    }
  }
}
