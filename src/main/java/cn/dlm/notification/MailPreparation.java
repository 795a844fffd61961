package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The first step of {@code mail-delivery} (准备邮件): decides whether the mail is still needed and, if so,
 * composes it and records the attempt — Message-ID, subject, the tasks listed and the MIME message — in a
 * transaction of its own that commits before any SMTP conversation. Only this step may find a mail not
 * needed; the sending step that follows always sends what was recorded here, also when it runs again
 * after a crash, so a mail that may have gone out is never recorded as not needed (docs/operations.md).
 */
@Component("mailPreparation")
class MailPreparation implements JavaDelegate {

  static final String MESSAGE_ID = "messageId";
  static final String OUTCOME = "outcome";
  static final String MIME = "mailMime";
  static final String MAILED_TASK_IDS = "mailedTaskIds";
  static final String NOT_NEEDED = "无需发送：相关待办均已办结";

  private final MailBuilders builders;
  private final PeopleDirectory directory;
  private final MimeComposer composer;
  private final MailProperties properties;

  MailPreparation(MailBuilders builders, PeopleDirectory directory, MimeComposer composer,
      MailProperties properties) {
    this.builders = builders;
    this.directory = directory;
    this.composer = composer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailRequest request = QueuedMail.request(execution);
    MailContentBuilder builder = builders.of(request.kind());
    if (builder.carriesSecret()) {
      execution.setVariable(MESSAGE_ID, MessageIds.of(request.key(), properties.messageIdDomain()));
      execution.setVariable(OUTCOME, "待发送");
      return;
    }
    MailRecipient recipient = MailRecipient.of(request.recipient(), directory.person(request.recipient()));
    Optional<MailContent> content = builder.build(request, recipient);
    if (content.isEmpty()) {
      execution.setVariable(OUTCOME, NOT_NEEDED);
      return;
    }
    ComposedMail mail = composer.compose(request.key(), recipient, content.get(), request.requestedAt());
    execution.setVariable(MESSAGE_ID, mail.messageId());
    execution.setVariable(OUTCOME, "待发送：" + mail.subject());
    execution.setVariable(MIME, Variables.byteArrayValue(mail.mime()));
    if (!content.get().taskIds().isEmpty()) {
      execution.setVariable(MAILED_TASK_IDS, String.join(",", content.get().taskIds()));
    }
  }
}
