package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.List;

/**
 * A rendered mail: one-line subject, HTML body and its plain-text alternative, and the tasks it lists
 * (empty for a mail about no task), which the mail's record keeps.
 */
@FeatureApi
public record MailContent(String subject, String html, String text, List<String> taskIds) {

  public MailContent {
    taskIds = List.copyOf(taskIds);
  }

  public MailContent(String subject, String html, String text) {
    this(subject, html, text, List.of());
  }

  public MailContent listing(List<String> listedTaskIds) {
    return new MailContent(subject, html, text, listedTaskIds);
  }
}
