package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The second step of {@code mail-delivery} (发送邮件): hands the mail prepared and recorded by
 * {@link MailPreparation} to the transport, the same bytes and Message-ID on every attempt. A mail that
 * carries a secret is rendered here, in this step's transaction. Any failure propagates, so the job is
 * retried and finally becomes an incident.
 */
@Component("mailSending")
class MailSending implements JavaDelegate {

  private final MailBuilders builders;
  private final PeopleDirectory directory;
  private final MimeComposer composer;
  private final MailTransport transport;

  MailSending(MailBuilders builders, PeopleDirectory directory, MimeComposer composer, MailTransport transport) {
    this.builders = builders;
    this.directory = directory;
    this.composer = composer;
    this.transport = transport;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailRequest request = QueuedMail.request(execution);
    byte[] stored = (byte[]) execution.getVariable(MailPreparation.MIME);
    ComposedMail mail = stored != null ? composer.parse(stored) : composeWithSecret(request);
    transport.deliver(mail);
    execution.setVariable(MailPreparation.OUTCOME, MailPreparation.SENT + mail.subject());
  }

  private ComposedMail composeWithSecret(MailRequest request) {
    MailRecipient recipient = MailRecipient.of(request.recipient(), directory.person(request.recipient()));
    MailContent content = builders.of(request.kind()).build(request, recipient)
        .orElseThrow(() -> new IllegalStateException("邮件内容为空：" + request.key()));
    return composer.compose(request.key(), recipient, content, request.requestedAt());
  }
}
