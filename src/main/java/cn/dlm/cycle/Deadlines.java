package cn.dlm.cycle;

import cn.dlm.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
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

  static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

  private final WorkingCalendar calendar;

  public Deadlines(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public Date due(VariableScope scope, String step) {
    LocalDate meetingDay = meetingDay(scope);
    Integer offset = offset(scope, step);
    if (meetingDay == null || offset == null) {
      return null;
    }
    LocalDate day = calendar.onOrBefore(meetingDay.plusDays(offset));
    return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(calendar.zone()).toInstant());
  }

  public LocalDate meetingDay(VariableScope scope) {
    Object value = scope.getVariable("meetingDate");
    return value instanceof Date date ? date.toInstant().atZone(calendar.zone()).toLocalDate() : null;
  }

  private static Integer offset(VariableScope scope, String step) {
    Object offsets = scope.getVariable("offsets");
    SpinJsonNode node = offsets instanceof SpinJsonNode json ? json
        : offsets instanceof JsonValue value ? value.getValue() : null;
    if (node == null || !node.hasProp(step) || !node.prop(step).isNumber()) {
      return null;
    }
    return node.prop(step).numberValue().intValue();
  }
}
