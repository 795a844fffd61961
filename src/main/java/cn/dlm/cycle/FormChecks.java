package cn.dlm.cycle;

import cn.dlm.platform.engine.ModelProperties;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The small office and review forms whose checks are a few lines each. */
final class FormChecks {

  private FormChecks() {}

  /** 记录会前集中学习: held on a past day before the meeting. */
  @Component("studyRecord")
  static class StudyRecord extends FormCheck {
    private final Deadlines deadlines;

    StudyRecord(Deadlines deadlines) {
      this.deadlines = deadlines;
    }

    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      LocalDate date = input.date("studyDate", "学习日期", true);
      CycleDays days = deadlines.days(execution);
      days.requireNotFuture(date, "学习日期");
      days.requireNotAfterMeeting(date, "学习日期");
      String topic = input.text("studyTopic", "学习主题", FormInput.SHORT_TEXT, true);
      String notes = input.text("studyNotes", "学习研讨情况", FormInput.LONG_TEXT, false);
      execution.getProcessInstance().setVariable(CycleContract.STUDY, JsonValues.json(Map.of("date", date.toString(), "topic", topic,
          "notes", notes)));
    }
  }

  /** 认领反馈意见: each member confirms having read and claimed the opinions (对号认领). */
  @Component("opinionAcknowledgement")
  static class OpinionAcknowledgement extends FormCheck {
    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      if (!Boolean.TRUE.equals(execution.getVariable(CycleContract.ACKNOWLEDGED))) {
        throw new InvalidSubmission("请确认已逐条阅读并认领反馈给您的意见。");
      }
      input.text("acknowledgementNote", "认领说明", FormInput.LONG_TEXT, false);
    }
  }

  /** Every review (审核/审批): approve, or reject with a comment saying what to change. */
  @Component("reviewDecision")
  static class ReviewDecision extends FormCheck {
    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      String decision = input.text("decision", "审核结论", 20, true);
      if (!decision.equals("approve") && !decision.equals("reject")) {
        throw new InvalidSubmission("请选择审核结论：通过或退回修改。");
      }
      String comment = input.text("reviewComment", "审核意见", FormInput.LONG_TEXT, false);
      if (decision.equals("reject") && comment.isEmpty()) {
        throw new InvalidSubmission("退回修改时请写明审核意见。");
      }
      execution.setVariable(CycleContract.APPROVED, decision.equals("approve"));
      // Where each review keeps the changes it asked for, shown to the author of the next round.
      execution.getProcessInstance().setVariable(ModelProperties.required(execution, "reviewCommentVariable"),
          decision.equals("reject") ? comment : "");
    }
  }

  /** 报送会议情况报告 / 通报会议情况: done on or after the meeting day and not in the future. */
  @Component("meetingFollowUp")
  static class MeetingFollowUp extends FormCheck {
    private final Deadlines deadlines;

    MeetingFollowUp(Deadlines deadlines) {
      this.deadlines = deadlines;
    }

    @Override
    protected void check(FormInput input, DelegateExecution execution) {
      LocalDate date = input.date("doneDate", "报送或通报日期", true);
      CycleDays days = deadlines.days(execution);
      days.requireNotFuture(date, "报送或通报日期");
      LocalDate meetingDay = days.meetingDay();
      if (meetingDay != null && date.isBefore(meetingDay)) {
        throw new InvalidSubmission("报送或通报日期不能早于会议日期 " + meetingDay + "。");
      }
      input.text("followUpSummary", "主要内容", FormInput.LONG_TEXT, true);
    }
  }
}
