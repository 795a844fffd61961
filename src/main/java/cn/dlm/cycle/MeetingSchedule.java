package cn.dlm.cycle;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The meeting date M as the office reports it (报送会议方案) or reschedules it after an invalid
 * meeting (重新安排会议). A new M moves the due dates of every task created from then on.
 */
@Component
public class MeetingSchedule {

  static final String DEFAULT_AGENDA = """
      一、通报上年度民主生活会整改落实情况
      二、通报征求意见情况
      三、书记代表班子作对照检查，并作个人对照检查
      四、班子成员逐一对照检查，开展相互批评
      五、督导组点评
      六、书记总结讲话""";

  private final EngineClock clock;

  public MeetingSchedule(EngineClock clock) {
    this.clock = clock;
  }

  /** The agenda (会议议程) the plan form starts from: the one reported last, else the standard order of business. */
  public String agenda(DelegateExecution execution) {
    Object reported = execution.getVariable(CycleContract.PLANNED_AGENDA);
    return reported == null || reported.toString().isBlank() ? DEFAULT_AGENDA : reported.toString();
  }

  void setMeetingDay(DelegateExecution execution, String field, String label) {
    LocalDate today = clock.today();
    LocalDate day = FormInput.of(execution).date(field, label, true);
    if (day.isBefore(today)) {
      throw new InvalidSubmission(label + " " + day + " 已经过去，不能早于今天（" + today + "）。");
    }
    execution.setVariable(CycleContract.MEETING_DATE, clock.at(day, CycleStart.MEETING_TIME));
    execution.setVariable(CycleContract.MEETING_DAY, day.toString());
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
      List<String> participants = TeamRoster.of(execution).everyone();
      if (!participants.containsAll(attendees) || attendees.isEmpty()) {
        throw new InvalidSubmission("请从本班子成员中勾选参会人员。");
      }
      String observers = input.text("planObservers", "列席人员", FormInput.SHORT_TEXT * 5, false);
      String agenda = input.text("planAgenda", "会议议程", FormInput.LONG_TEXT, true);
      DelegateExecution cycle = execution.getProcessInstance();
      cycle.setVariable(CycleContract.PLANNED_ATTENDEES, json(attendees));
      cycle.setVariable(CycleContract.PLANNED_OBSERVERS, observers);
      cycle.setVariable(CycleContract.PLANNED_AGENDA, agenda);
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
