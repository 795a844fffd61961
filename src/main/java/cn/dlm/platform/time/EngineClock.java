package cn.dlm.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's one clock: the engine's time (which tests move with {@code ClockUtil}), read in the
 * users' time zone ({@code dlm.calendar.zone}, default Asia/Shanghai). Nothing else reads the time.
 */
@Component
public class EngineClock {

  /** Due dates of tasks and office decisions fall at the end of the working day. */
  public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

  private final ZoneId zone;

  public EngineClock(CalendarProperties properties) {
    this.zone = properties.zone();
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public Date nowAsDate() {
    return Date.from(now());
  }

  public LocalDateTime localNow() {
    return LocalDateTime.ofInstant(now(), zone);
  }

  public LocalDate today() {
    return localDate(now());
  }

  public LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public LocalDate localDate(Date date) {
    return date == null ? null : localDate(date.toInstant());
  }

  public ZonedDateTime zoned(Date date) {
    return date == null ? null : date.toInstant().atZone(zone);
  }

  public Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(zone).toInstant());
  }

  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** The last second of the day: a deadline (完成时限) is met if done that day. */
  public Date endOf(LocalDate day) {
    return at(day, LocalTime.MAX.withNano(0));
  }

  public Date endOfWorkingDay(LocalDate day) {
    return at(day, END_OF_WORKING_DAY);
  }
}
