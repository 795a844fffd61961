package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.platform.time.CalendarProperties;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final TimeZone jvmZone = TimeZone.getDefault();

  private final CalendarProperties calendarSettings = new CalendarProperties(SHANGHAI,
      List.of(LocalDate.of(2026, 10, 1)), List.of(LocalDate.of(2026, 10, 10)));
  private final ReminderSchedule schedule = new ReminderSchedule(new ReminderProperties(
      LocalTime.of(9, 0), null, null, List.of(LocalDate.of(2026, 11, 4)), null, null, null),
      new WorkingCalendar(calendarSettings), new EngineClock(calendarSettings));

  @AfterEach
  void restore() {
    ClockUtil.reset();
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void nineInShanghaiIsOneInTheMorningForAnEngineRunningInUtc() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    assertThat(schedule.getTimeCycle()).isEqualTo("0 0 1 * * ?");

    TimeZone.setDefault(TimeZone.getTimeZone(SHANGHAI));
    assertThat(schedule.getTimeCycle()).isEqualTo("0 0 9 * * ?");
  }

  @Test
  void remindsOnWorkingDaysOnlyAndNeverOnQuietDays() {
    assertThat(isReminderDay(2026, 11, 3)).as("Tuesday").isTrue();
    assertThat(isReminderDay(2026, 11, 4)).as("a quiet day").isFalse();
    assertThat(isReminderDay(2026, 11, 7)).as("Saturday").isFalse();
    assertThat(isReminderDay(2026, 10, 1)).as("National Day").isFalse();
    assertThat(isReminderDay(2026, 10, 10)).as("a make-up Saturday").isTrue();
  }

  private boolean isReminderDay(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, SHANGHAI).toInstant()));
    return schedule.isReminderDay();
  }
}
