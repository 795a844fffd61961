package cn.dlm.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sweep has done about one task, kept as task-local variables so Cockpit shows them
 * on the task and a repeated run of the same day can see it already reminded or escalated.
 */
public record ReminderRecord(Date lastRemindedAt, int reminderCount, Date lastEscalatedAt, int escalationCount) {

  public static final String LAST_REMINDED_AT = "lastRemindedAt";
  public static final String REMINDER_COUNT = "reminderCount";
  public static final String LAST_ESCALATED_AT = "lastEscalatedAt";
  public static final String ESCALATION_COUNT = "escalationCount";

  static ReminderRecord of(Map<String, Object> taskLocalVariables) {
    return new ReminderRecord(
        (Date) taskLocalVariables.get(LAST_REMINDED_AT),
        count(taskLocalVariables.get(REMINDER_COUNT)),
        (Date) taskLocalVariables.get(LAST_ESCALATED_AT),
        count(taskLocalVariables.get(ESCALATION_COUNT)));
  }

  boolean remindedOn(LocalDate day, ZoneId zone) {
    return sameDay(lastRemindedAt, day, zone);
  }

  boolean escalatedOn(LocalDate day, ZoneId zone) {
    return sameDay(lastEscalatedAt, day, zone);
  }

  Map<String, Object> reminded(Date at) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(LAST_REMINDED_AT, at);
    variables.put(REMINDER_COUNT, reminderCount + 1);
    return variables;
  }

  Map<String, Object> escalated(Date at) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(LAST_ESCALATED_AT, at);
    variables.put(ESCALATION_COUNT, escalationCount + 1);
    return variables;
  }

  private static boolean sameDay(Date at, LocalDate day, ZoneId zone) {
    return at != null && at.toInstant().atZone(zone).toLocalDate().equals(day);
  }

  private static int count(Object value) {
    return value instanceof Number number ? number.intValue() : 0;
  }
}
