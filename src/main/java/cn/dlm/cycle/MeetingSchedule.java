package cn.dlm.cycle;

import cn.dlm.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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

  void setMeetingDay(DelegateTask task, String field, String label) {
    LocalDate today = calendar.today();
    LocalDate day = Inputs.date(task, field, label, true);
    if (!day.isAfter(today)) {
      throw new CycleRuleViolation(label + " " + day + " 必须晚于今天（" + today + "）。");
    }
    task.setVariable("meetingDate", Date.from(day.atTime(CycleStart.MEETING_TIME).atZone(calendar.zone()).toInstant()));
    task.setVariable("meetingDay", day.toString());
  }

  @Component("meetingPlan")
  static class MeetingPlan implements TaskListener {
    private final MeetingSchedule schedule;

    MeetingPlan(MeetingSchedule schedule) {
      this.schedule = schedule;
    }

    @Override
    public void notify(DelegateTask task) {
      schedule.setMeetingDay(task, "planMeetingDate", "会议日期");
      List<String> attendees = Inputs.strings(task, "planAttendees");
      List<String> participants = schedule.cycleMembers.participants(task);
      if (!participants.containsAll(attendees) || attendees.isEmpty()) {
        throw new CycleRuleViolation("请从本班子成员中勾选参会人员。");
      }
      Inputs.text(task, "planObservers", "列席人员", Inputs.SHORT_TEXT * 5, false);
      Inputs.text(task, "planAgenda", "会议议程", Inputs.LONG_TEXT, true);
    }
  }

  @Component("meetingReschedule")
  static class MeetingReschedule implements TaskListener {
    private final MeetingSchedule schedule;

    MeetingReschedule(MeetingSchedule schedule) {
      this.schedule = schedule;
    }

    @Override
    public void notify(DelegateTask task) {
      schedule.setMeetingDay(task, "newMeetingDate", "新的会议日期");
      Inputs.text(task, "rescheduleReason", "改期说明", Inputs.LONG_TEXT, false);
    }
  }
}
