package cn.dlm.notification;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A task as a mail template shows it: every text already bounded, the due date in the users'
 * time zone, how late it is at the moment the mail was decided, and the comment it was returned with.
 */
public record TaskView(
    String name,
    String description,
    String link,
    ZonedDateTime due,
    String teamName,
    String year,
    String theme,
    boolean overdue,
    long overdueDays,
    String assigneeName,
    List<String> candidateGroupNames,
    String returnComment) {

  /** The task came back to its author with a reviewer's comment (退回修改). */
  public boolean returned() {
    return !returnComment.isBlank();
  }
}
