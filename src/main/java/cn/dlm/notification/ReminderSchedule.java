package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When the reminder sweep (催办巡检) runs, read by {@code reminder-sweep.bpmn}: its timer fires daily
 * at {@code dlm.reminder.run-at}, and the sweep only reminds on working days that are not quiet days.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

  private final ReminderProperties properties;
  private final WorkingCalendar calendar;
  private final EngineClock clock;

  public ReminderSchedule(ReminderProperties properties, WorkingCalendar calendar, EngineClock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** A daily cron; the engine reads cron in the JVM's zone, so run-at is converted from the calendar's zone. */
  public String getTimeCycle() {
    ZonedDateTime runAt = clock.today().atTime(properties.runAt()).atZone(clock.zone())
        .withZoneSameInstant(ZoneId.systemDefault());
    return "0 %d %d * * ?".formatted(runAt.getMinute(), runAt.getHour());
  }

  public boolean isReminderDay() {
    LocalDate today = clock.today();
    return calendar.isWorkingDay(today) && !properties.quietDays().contains(today);
  }
}
