package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The first step of {@code mail-delivery} (准备邮件): decides whether the mail is still needed and, if so,
 * composes it and records the attempt — Message-ID, subject, the tasks listed and the MIME message — in a
 * transaction of its own that commits before any SMTP conversation. Only this step (or, for the mails of a
 * batch, {@link MailBatchPreparation}) may find a mail not needed; the sending that follows always sends what
 * was recorded here, also when it runs again after a crash, so a mail that may have gone out is never recorded as
 * not needed (docs/operations.md).
 */
@Component("mailPreparation")
class MailPreparation implements JavaDelegate {

  static final String MESSAGE_ID = "messageId";
  static final String OUTCOME = "outcome";
  static final String MIME = "mailMime";
  static final String MAILED_TASK_IDS = "mailedTaskIds";
  static final String NOT_NEEDED = "无需发送：相关待办均已办结";
  static final String SENT = "已发送：";

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
    execution.setVariables(record(QueuedMail.request(execution)));
  }

  /** The mail's record: with a Message-ID when it is to be sent, else only why it is not needed. */
  Map<String, Object> record(MailRequest request) {
    Map<String, Object> record = new LinkedHashMap<>();
    MailContentBuilder builder = builders.of(request.kind());
    if (builder.carriesSecret()) {
      record.put(MESSAGE_ID, MessageIds.of(request.key(), properties.messageIdDomain()));
      record.put(OUTCOME, "待发送");
      return record;
    }
    MailRecipient recipient = MailRecipient.of(request.recipient(), directory.person(request.recipient()));
    Optional<MailContent> content = builder.build(request, recipient);
    if (content.isEmpty()) {
      record.put(OUTCOME, NOT_NEEDED);
      return record;
    }
    ComposedMail mail = composer.compose(request.key(), recipient, content.get(), request.requestedAt());
    record.put(MESSAGE_ID, mail.messageId());
    record.put(OUTCOME, "待发送：" + mail.subject());
    record.put(MIME, Variables.byteArrayValue(mail.mime()));
    if (!content.get().taskIds().isEmpty()) {
      record.put(MAILED_TASK_IDS, String.join(",", content.get().taskIds()));
    }
    return record;
  }
}
