package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The sending step of {@code mail-delivery}: renders the requested mail and hands it to the
 * transport. Any failure propagates, so the job is retried and finally becomes an incident.
 */
@Component("mailDeliveryDelegate")
class MailDeliveryDelegate implements JavaDelegate {

  private final Map<String, MailContentBuilder> builders;
  private final PeopleDirectory directory;
  private final MimeComposer composer;
  private final MailTransport transport;

  public MailDeliveryDelegate(List<MailContentBuilder> builders, PeopleDirectory directory, MimeComposer composer,
      MailTransport transport) {
    this.builders = builders.stream().collect(Collectors.toMap(MailContentBuilder::kind, Function.identity()));
    this.directory = directory;
    this.composer = composer;
    this.transport = transport;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailRequest request = MailRequest.ofKey(execution.getProcessBusinessKey(),
        (String) execution.getVariable(NotificationContract.MAIL_KIND),
        (String) execution.getVariable(NotificationContract.RECIPIENT),
        taskIds((String) execution.getVariable(NotificationContract.TASK_IDS)),
        (Date) execution.getVariable(NotificationContract.REQUESTED_AT));
    MailContentBuilder builder = builders.get(request.kind());
    if (builder == null) {
      throw new IllegalStateException("未知的邮件类型：" + request.kind());
    }
    MailRecipient recipient = MailRecipient.of(request.recipient(), directory.person(request.recipient()));
    Optional<MailContent> content = builder.build(request, recipient);
    if (content.isEmpty()) {
      execution.setVariable(NotificationContract.OUTCOME, "无需发送：相关待办均已办结");
      return;
    }
    ComposedMail mail = composer.compose(request.key(), recipient, content.get(), request.requestedAt());
    transport.deliver(mail);
    execution.setVariable(NotificationContract.MESSAGE_ID, mail.messageId());
    execution.setVariable(NotificationContract.OUTCOME, "已发送：" + mail.subject());
  }

  /** Comma-separated ({@link MailQueue}). */
  private static List<String> taskIds(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
