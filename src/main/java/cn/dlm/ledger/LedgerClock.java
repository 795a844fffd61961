package cn.dlm.ledger;

import cn.dlm.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Time for the ledger in the users' time zone, read from the engine's clock so that tests which
 * move the engine's time move the ledger's "today" too.
 */
@Component
public class LedgerClock {

  /** Office decisions are due at the end of the working day. */
  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

  private final WorkingCalendar calendar;

  public LedgerClock(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public ZoneId zone() {
    return calendar.zone();
  }

  public LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone());
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  public LocalDate localDate(Date date) {
    return date == null ? null : LocalDate.ofInstant(date.toInstant(), zone());
  }

  /** The last second of the day: an item's deadline (完成时限) is met if done that day. */
  public Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.MAX.withNano(0)).atZone(zone()).toInstant());
  }

  /** End of the working day {@code workingDays} working days from today. */
  public Date workingDaysFromToday(int workingDays) {
    LocalDate day = calendar.plusWorkingDays(today(), workingDays);
    Instant due = day.atTime(END_OF_WORKING_DAY).atZone(zone()).toInstant();
    return Date.from(due);
  }
}
