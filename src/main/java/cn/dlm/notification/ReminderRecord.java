package cn.dlm.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * What the sweep has done about one task (a row of {@code DLM_TASK_REMINDER}, see {@link ReminderRecords}), so a
 * repeated run of the same day can see it already reminded or escalated.
 */
public record ReminderRecord(Date lastRemindedAt, int reminderCount, Date lastEscalatedAt, int escalationCount) {

  static final ReminderRecord NONE = new ReminderRecord(null, 0, null, 0);

  boolean remindedOn(LocalDate day, ZoneId zone) {
    return sameDay(lastRemindedAt, day, zone);
  }

  boolean escalatedOn(LocalDate day, ZoneId zone) {
    return sameDay(lastEscalatedAt, day, zone);
  }

  ReminderRecord reminded(Date at) {
    return new ReminderRecord(at, reminderCount + 1, lastEscalatedAt, escalationCount);
  }

  ReminderRecord escalated(Date at) {
    return new ReminderRecord(lastRemindedAt, reminderCount, at, escalationCount + 1);
  }

  boolean isNone() {
    return reminderCount == 0 && escalationCount == 0;
  }

  private static boolean sameDay(Date at, LocalDate day, ZoneId zone) {
    return at != null && at.toInstant().atZone(zone).toLocalDate().equals(day);
  }
}
