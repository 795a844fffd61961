package cn.dlm.cycle;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.people.PeopleDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** A participant's record of heart-to-heart talks (谈心谈话记录): who, when, which kind, main points. */
@Component("talkRecords")
class TalkRecords extends FormCheck {

  public static final String KIND_SECRETARY = "书记与班子成员";
  public static final String KIND_MEMBERS = "班子成员之间";
  public static final String KIND_DEPARTMENT = "与分管部门负责人";

  private final Deadlines deadlines;
  private final PeopleDirectory people;

  public TalkRecords(Deadlines deadlines, PeopleDirectory people) {
    this.deadlines = deadlines;
    this.people = people;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    String self = (String) execution.getVariable(CycleContract.PARTICIPANT);
    List<String> participants = TeamRoster.of(execution).everyone();
    CycleDays days = deadlines.days(execution);
    List<Map<String, Object>> talks = input.rows(CycleContract.TALKS, "谈心谈话记录");
    if (talks.isEmpty()) {
      throw new InvalidSubmission("请至少记录一次谈心谈话。");
    }
    int row = 0;
    for (Map<String, Object> talk : talks) {
      row++;
      String prefix = "第 " + row + " 条谈话记录：";
      String kind = cell(talk, "kind");
      if (!List.of(KIND_SECRETARY, KIND_MEMBERS, KIND_DEPARTMENT).contains(kind)) {
        throw new InvalidSubmission(prefix + "请选择谈话类型。");
      }
      if (KIND_DEPARTMENT.equals(kind)) {
        if (cell(talk, "partnerName").isEmpty()) {
          throw new InvalidSubmission(prefix + "请填写分管部门负责人的姓名。");
        }
        FormInput.bounded(cell(talk, "partnerName"), "谈话对象", FormInput.SHORT_TEXT);
      } else {
        String partner = cell(talk, "partner");
        if (!participants.contains(partner) || partner.equals(self)) {
          throw new InvalidSubmission(prefix + "请选择本班子的另一位成员作为谈话对象。");
        }
      }
      LocalDate date = FormInput.parseDate(cell(talk, "date").isEmpty() ? "?" : cell(talk, "date"), "谈话日期");
      if (date.isAfter(days.today())) {
        throw new InvalidSubmission(prefix + "谈话日期 " + date + " 晚于今天，不能预先登记。");
      }
      if (days.isAfterMeeting(date)) {
        throw new InvalidSubmission(prefix + "谈话应在会前进行，日期不能晚于会议日期 " + days.meetingDay() + "。");
      }
      if (cell(talk, "points").isEmpty()) {
        throw new InvalidSubmission(prefix + "请填写谈话主要内容。");
      }
      FormInput.bounded(cell(talk, "points"), "谈话主要内容", 5_000);
      talk.put("owner", self);
    }
    execution.getProcessInstance().setVariable(CycleContract.TALKS, json(talks));
  }
}
