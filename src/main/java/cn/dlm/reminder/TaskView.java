package cn.dlm.reminder;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A task as a mail template shows it: every text already bounded, the due date in the users'
 * time zone, and how late it is at the moment the mail was decided.
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
    List<String> candidateGroupNames) {}
