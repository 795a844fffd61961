package cn.dlm.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The second step of {@code mail-batch} (发送本批邮件): sends the mails the batch prepared through one SMTP
 * connection, the same bytes and Message-ID each was recorded with. A mail the server accepted is recorded as
 * sent; one it did not goes on to its own 发送邮件 job, retried every five minutes and finally an incident, as a
 * single mail is. A crash before this job commits sends the batch again (same Message-IDs): at least once.
 */
@Component("mailBatchSending")
class MailBatchSending implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MailBatchSending.class);
  private static final List<String> PREPARED = List.of(MailPreparation.MESSAGE_ID, MailPreparation.MIME);

  private final BatchMails batchMails;
  private final MimeComposer composer;
  private final MailTransport transport;
  private final RuntimeService runtimeService;

  MailBatchSending(BatchMails batchMails, MimeComposer composer, MailTransport transport,
      RuntimeService runtimeService) {
    this.batchMails = batchMails;
    this.composer = composer;
    this.transport = transport;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<BatchMails.Waiting> waiting = batchMails.waiting(execution.getProcessInstanceId(), PREPARED);
    List<ComposedMail> mails = new ArrayList<>();
    List<String> deliveries = new ArrayList<>();
    for (BatchMails.Waiting mail : waiting) {
      if (mail.variables().get(MailPreparation.MIME) instanceof byte[] mime) {
        mails.add(composer.parse(mime));
        deliveries.add(mail.id());
      } else {
        runtimeService.signal(mail.id());
      }
    }
    Map<String, Exception> failed = mails.isEmpty() ? Map.of() : transport.deliverAll(mails);
    for (int i = 0; i < mails.size(); i++) {
      ComposedMail mail = mails.get(i);
      if (failed.containsKey(mail.messageId())) {
        LOG.warn("Mail {} to {} not accepted in its batch, retried on its own: {}", mail.messageId(),
            mail.recipientAddress(), failed.get(mail.messageId()).toString());
        runtimeService.signal(deliveries.get(i));
      } else {
        runtimeService.signal(deliveries.get(i), Map.of(MailPreparation.OUTCOME, MailPreparation.SENT + mail.subject()));
      }
    }
  }
}
