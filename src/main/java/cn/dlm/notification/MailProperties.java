package cn.dlm.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail goes and how it is identified. {@code transport} is {@code smtp} (through
 * {@code spring.mail.*}) or {@code outbox} (one {@code .eml} file per mail in {@code outboxDir}).
 * {@code noticeWindow} gathers a person's new tasks into one mail (新待办汇总通知); zero sends one
 * mail per task.
 */
@ConfigurationProperties("dlm.mail")
public record MailProperties(
    Transport transport,
    String from,
    Path outboxDir,
    String messageIdDomain,
    String retryCycle,
    Boolean newTaskNotices,
    Duration noticeWindow) {

  public enum Transport { SMTP, OUTBOX }

  public MailProperties {
    transport = transport == null ? Transport.SMTP : transport;
    from = from == null ? "民主生活会系统 <noreply@dlm.example.cn>" : from;
    outboxDir = outboxDir == null ? Path.of("data", "outbox") : outboxDir;
    messageIdDomain = messageIdDomain == null ? "dlm.example.cn" : messageIdDomain;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
    newTaskNotices = newTaskNotices == null || newTaskNotices;
    noticeWindow = noticeWindow == null ? Duration.ofMinutes(5) : noticeWindow;
    if (noticeWindow.isNegative()) {
      throw new IllegalArgumentException("dlm.mail.notice-window 不能为负数：" + noticeWindow);
    }
  }
}
