package cn.dlm.cycle;

import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The meeting date M as the office reports it (报送会议方案) or reschedules it after an invalid
 * meeting (重新安排会议). A new M moves the due dates of every task created from then on.
 */
@Component
public class MeetingSchedule {

  private final WorkingCalendar calendar;
  private final CycleMembers cycleMembers;

  public MeetingSchedule(WorkingCalendar calendar, CycleMembers cycleMembers) {
    this.calendar = calendar;
    this.cycleMembers = cycleMembers;
  }

  void setMeetingDay(DelegateExecution execution, String field, String label) {
    LocalDate today = calendar.today();
    LocalDate day = FormInput.of(execution).date(field, label, true);
    if (day.isBefore(today)) {
      throw new InvalidSubmission(label + " " + day + " 已经过去，不能早于今天（" + today + "）。");
    }
    execution.setVariable("meetingDate", Date.from(day.atTime(CycleStart.MEETING_TIME).atZone(calendar.zone()).toInstant()));
    execution.setVariable("meetingDay", day.toString());
  }

  @Component("meetingPlan")
  static class MeetingPlan extends FormCheck {
    private final MeetingSchedule schedule;

    MeetingPlan(MeetingSchedule schedule) {
      this.schedule = schedule;
    }

    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      schedule.setMeetingDay(execution, "planMeetingDate", "会议日期");
      List<String> attendees = input.strings("planAttendees");
      List<String> participants = schedule.cycleMembers.participants(execution);
      if (!participants.containsAll(attendees) || attendees.isEmpty()) {
        throw new InvalidSubmission("请从本班子成员中勾选参会人员。");
      }
      input.text("planObservers", "列席人员", FormInput.SHORT_TEXT * 5, false);
      input.text("planAgenda", "会议议程", FormInput.LONG_TEXT, true);
    }
  }

  @Component("meetingReschedule")
  static class MeetingReschedule extends FormCheck {
    private final MeetingSchedule schedule;

    MeetingReschedule(MeetingSchedule schedule) {
      this.schedule = schedule;
    }

    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      schedule.setMeetingDay(execution, "newMeetingDate", "新的会议日期");
      input.text("rescheduleReason", "改期说明", FormInput.LONG_TEXT, false);
    }
  }
}
