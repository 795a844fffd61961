package cn.dlm.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Working days: Monday to Friday, minus public holidays, plus make-up workdays. */
@Component
public class WorkingCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkdays;

  public WorkingCalendar(CalendarProperties properties) {
    this.holidays = new HashSet<>(properties.holidays());
    this.makeUpWorkdays = new HashSet<>(properties.makeUpWorkdays());
  }

  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkdays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The working day {@code n} working days after (n > 0) or before (n < 0) {@code day}. */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    int step = n >= 0 ? 1 : -1;
    LocalDate result = day;
    for (int left = Math.abs(n); left > 0; ) {
      result = result.plusDays(step);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    return result;
  }

  /** The same day if it is a working day, otherwise the last working day before it. */
  public LocalDate onOrBefore(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.minusDays(1);
    }
    return result;
  }
}
