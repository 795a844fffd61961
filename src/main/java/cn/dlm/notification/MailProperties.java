package cn.dlm.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail goes and how it is identified. {@code transport} is {@code smtp} (through
 * {@code spring.mail.*}) or {@code outbox} (one {@code .eml} file per mail in {@code outboxDir}).
 */
@ConfigurationProperties("dlm.mail")
public record MailProperties(
    Transport transport,
    String from,
    Path outboxDir,
    String messageIdDomain,
    String retryCycle,
    Boolean newTaskNotices) {

  public enum Transport { SMTP, OUTBOX }

  public MailProperties {
    transport = transport == null ? Transport.SMTP : transport;
    from = from == null ? "民主生活会系统 <noreply@dlm.example.cn>" : from;
    outboxDir = outboxDir == null ? Path.of("data", "outbox") : outboxDir;
    messageIdDomain = messageIdDomain == null ? "dlm.example.cn" : messageIdDomain;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
    newTaskNotices = newTaskNotices == null || newTaskNotices;
  }
}
