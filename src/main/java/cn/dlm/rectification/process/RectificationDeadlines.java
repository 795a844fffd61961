package cn.dlm.rectification.process;

import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.DeadlineOffsets;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Rectification's due dates, from the same DMN table as the cycle's ({@code deadline-offsets}): the plan, the
 * office's and supervisors' decisions and the sign-off get working days from the day their task starts; a new
 * item is proposed a deadline months after the meeting (or after today, once the meeting has passed).
 */
@Component
class RectificationDeadlines {

  static final String PLAN = "rectificationPlan";
  static final String DECISION = "itemDecision";
  static final String SIGN_OFF = "signOff";
  static final String ITEM_DEADLINE = "itemDeadline";

  private final DeadlineOffsets offsets;
  private final EngineClock clock;
  private final WorkingCalendar calendar;

  RectificationDeadlines(DeadlineOffsets offsets, EngineClock clock, WorkingCalendar calendar) {
    this.offsets = offsets;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** The end of the working day the step's working days after today. */
  Date due(VariableScope scope, String step) {
    int workingDays = offsets.of(year(scope), step, DeadlineOffsets.WORKING_DAYS);
    return clock.endOfWorkingDay(calendar.plusWorkingDays(clock.today(), workingDays));
  }

  /** An item's deadline (完成时限) as the due date of its task: the end of that day. */
  Date dueOn(LocalDate deadline) {
    return clock.endOf(deadline);
  }

  LocalDate proposedItemDeadline(VariableScope scope) {
    LocalDate meetingDay = clock.localDate((Date) scope.getVariable(CycleContract.MEETING_DATE));
    LocalDate from = meetingDay == null || meetingDay.isBefore(clock.today()) ? clock.today() : meetingDay;
    return from.plusMonths(offsets.of(year(scope), ITEM_DEADLINE, DeadlineOffsets.MONTHS));
  }

  private int year(VariableScope scope) {
    return scope.getVariable(CycleContract.YEAR) instanceof Number year ? year.intValue() : clock.today().getYear();
  }
}
