package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.Date;
import java.util.List;

/**
 * What the sending job must send: a mail of a {@code kind} about some tasks to one user,
 * decided at {@code requestedAt} by a decision identified by {@code decisionId} (a sweep's
 * process instance, or a task event). The key is stable, so every retry of the same decision
 * produces the same Message-ID.
 */
@FeatureApi
public record MailRequest(String kind, String recipient, List<String> taskIds, String decisionId, Date requestedAt) {

  public MailRequest {
    taskIds = List.copyOf(taskIds);
  }

  public String key() {
    return kind + "." + decisionId + "." + recipient;
  }

  /** The request whose {@link #key()} is {@code key}. */
  static MailRequest ofKey(String key, String kind, String recipient, List<String> taskIds, Date requestedAt) {
    String prefix = kind + ".";
    String suffix = "." + recipient;
    if (!key.startsWith(prefix) || !key.endsWith(suffix) || key.length() <= prefix.length() + suffix.length()) {
      throw new IllegalArgumentException("邮件标识与收件人或类型不符：" + key);
    }
    return new MailRequest(kind, recipient, taskIds, key.substring(prefix.length(), key.length() - suffix.length()),
        requestedAt);
  }
}
