package cn.dlm.cycle;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The record of the meeting (召开会议): attendance, criticisms (相互批评) and the supervisor's
 * comments (点评). Fewer than two thirds of the members present makes the meeting invalid.
 */
@Component("meetingRecord")
class MeetingRecord extends FormCheck {

  private final PeopleDirectory people;

  public MeetingRecord(PeopleDirectory people) {
    this.people = people;
  }

  public static boolean quorumMet(int present, int expected) {
    return present * 3 >= expected * 2;
  }

  /**
   * Reads the record from the task's own fields and keeps it in the cycle (the meeting report reads it there):
   * attendance for every meeting, the rest for a valid one. The fields themselves end with the task, so a
   * meeting held again after an invalid one starts from an empty form.
   */
  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    List<String> participants = TeamRoster.of(execution).everyone();
    Set<String> present = new LinkedHashSet<>(input.strings(CycleContract.PRESENT_MEMBERS));
    if (!participants.containsAll(present)) {
      throw new InvalidSubmission("出席人员只能从本班子成员中勾选。");
    }
    boolean quorum = quorumMet(present.size(), participants.size());
    String absenceNotes = present.size() < participants.size()
        ? input.text(CycleContract.ABSENCE_NOTES, "缺席人员及书面说明", FormInput.LONG_TEXT, true) : "";
    DelegateExecution cycle = execution.getProcessInstance();
    cycle.setVariable(CycleContract.PRESENT_COUNT, present.size());
    cycle.setVariable(CycleContract.QUORUM_MET, quorum);
    cycle.setVariable(CycleContract.ATTENDANCE, json(participants.stream()
        .map(member -> Map.of("member", member, "present", present.contains(member))).toList()));
    cycle.setVariable(CycleContract.ABSENCE_NOTES, absenceNotes);
    if (!quorum) {
      return;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("previousRectificationReport", input.text("previousRectificationReport", "上年度整改情况通报", FormInput.LONG_TEXT, false));
    texts.put("opinionReport", input.text("opinionReport", "征求意见情况通报", FormInput.LONG_TEXT, false));
    texts.put("supervisorComments", input.text("supervisorComments", "督导组点评", FormInput.LONG_TEXT, true));
    texts.put("secretarySummary", input.text("secretarySummary", "书记总结", FormInput.LONG_TEXT, false));
    List<Map<String, Object>> criticisms = input.rows(CycleContract.CRITICISMS, "批评意见");
    int row = 0;
    for (Map<String, Object> criticism : criticisms) {
      row++;
      String prefix = "第 " + row + " 条批评意见：";
      String from = cell(criticism, "from");
      String to = cell(criticism, "to");
      if (!present.contains(from) || !present.contains(to)) {
        throw new InvalidSubmission(prefix + "提出人和被批评人都应是出席会议的班子成员。");
      }
      if (from.equals(to)) {
        throw new InvalidSubmission(prefix + "提出人和被批评人不能是同一人。");
      }
      if (cell(criticism, "text").isEmpty()) {
        throw new InvalidSubmission(prefix + "请填写批评意见内容。");
      }
      FormInput.bounded(cell(criticism, "text"), "批评意见内容", 5_000);
      criticism.put("fromName", people.displayName(from));
      criticism.put("toName", people.displayName(to));
    }
    texts.forEach(cycle::setVariable);
    cycle.setVariable(CycleContract.CRITICISMS, json(criticisms));
  }
}
