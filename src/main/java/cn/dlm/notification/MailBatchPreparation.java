package cn.dlm.notification;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of {@code mail-batch} (准备本批邮件): {@link MailPreparation}'s work for every mail of the batch,
 * in one transaction that commits before the batch's SMTP conversation. A mail no longer needed ends here as
 * 无需发送; the others wait, recorded, for {@link MailBatchSending}.
 */
@Component("mailBatchPreparation")
class MailBatchPreparation implements JavaDelegate {

  private final BatchMails batchMails;
  private final MailPreparation preparation;
  private final RuntimeService runtimeService;

  MailBatchPreparation(BatchMails batchMails, MailPreparation preparation, RuntimeService runtimeService) {
    this.batchMails = batchMails;
    this.preparation = preparation;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (BatchMails.Waiting mail : batchMails.waiting(execution.getProcessInstanceId(), QueuedMail.VARIABLES)) {
      Map<String, Object> record = preparation.record(QueuedMail.request(mail.businessKey(), mail.variables()));
      if (record.containsKey(MailPreparation.MESSAGE_ID)) {
        runtimeService.setVariables(mail.id(), record);
      } else {
        runtimeService.signal(mail.id(), record);
      }
    }
  }
}
