package cn.dlm.cycle;

import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Due dates of the cycle's tasks: the planned meeting date M plus the step's offset in days
 * (variable {@code offsets}, filled at start from the start form and the DMN table
 * {@code deadline-offsets}). A deadline falling on a rest day moves to the working day before it.
 */
@Component("deadlines")
public class Deadlines {

  private final WorkingCalendar calendar;
  private final EngineClock clock;

  public Deadlines(WorkingCalendar calendar, EngineClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public Date due(VariableScope scope, String step) {
    return dueOn(meetingDay(scope), offset(scope.getVariable(CycleContract.OFFSETS), step));
  }

  /** The end of the working day on or before M + offset; null while either is unknown. */
  Date dueOn(LocalDate meetingDay, Integer offset) {
    if (meetingDay == null || offset == null) {
      return null;
    }
    return clock.endOfWorkingDay(calendar.onOrBefore(meetingDay.plusDays(offset)));
  }

  /** Today and the cycle's meeting day, for the date checks of its forms. */
  CycleDays days(VariableScope scope) {
    return new CycleDays(clock.today(), meetingDay(scope));
  }

  public LocalDate meetingDay(VariableScope scope) {
    Object value = scope.getVariable(CycleContract.MEETING_DATE);
    return value instanceof Date date ? clock.localDate(date) : null;
  }

  static Integer offset(Object offsets, String step) {
    SpinJsonNode node = offsets instanceof SpinJsonNode json ? json
        : offsets instanceof JsonValue value ? value.getValue() : null;
    if (node == null || !node.hasProp(step) || !node.prop(step).isNumber()) {
      return null;
    }
    return node.prop(step).numberValue().intValue();
  }
}
