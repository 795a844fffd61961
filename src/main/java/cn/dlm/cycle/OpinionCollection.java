package cn.dlm.cycle;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Opinion solicitation (征求意见): the office's list of opinions, each with a channel, a target
 * (the team as a whole or one member), an area and its text; fed back to each member unaltered.
 */
@Component("opinionCollection")
public class OpinionCollection extends FormCheck {

  public static final String TEAM_TARGET = "team";
  static final List<String> CHANNELS = List.of("座谈会", "个别走访", "征求意见表", "意见箱", "网上征求", "其他");

  private final PeopleDirectory people;

  public OpinionCollection(PeopleDirectory people) {
    this.people = people;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    List<String> participants = TeamRoster.of(execution).everyone();
    List<String> areas = input.strings(CycleContract.AREAS);
    List<Map<String, Object>> opinions = input.rows(CycleContract.OPINIONS, "意见建议");
    int row = 0;
    for (Map<String, Object> opinion : opinions) {
      row++;
      String prefix = "第 " + row + " 条意见：";
      if (!CHANNELS.contains(cell(opinion, "channel"))) {
        throw new InvalidSubmission(prefix + "请选择征求渠道。");
      }
      String target = cell(opinion, "target");
      if (!TEAM_TARGET.equals(target) && !participants.contains(target)) {
        throw new InvalidSubmission(prefix + "意见对象应为班子整体或本班子的一位成员。");
      }
      String area = cell(opinion, "area");
      if (!area.isEmpty() && !areas.contains(area)) {
        throw new InvalidSubmission(prefix + "“" + area + "”不是本次检视方面之一。");
      }
      if (cell(opinion, "text").isEmpty()) {
        throw new InvalidSubmission(prefix + "请填写意见内容。");
      }
      FormInput.bounded(cell(opinion, "text"), "意见内容", 5_000);
      opinion.put("targetLabel", TEAM_TARGET.equals(target) ? "班子整体" : people.displayName(target));
    }
    execution.getProcessInstance().setVariable(CycleContract.OPINIONS, json(opinions));
    execution.getProcessInstance().setVariable(CycleContract.OPINION_COUNT, opinions.size());
  }

  /**
   * What 认领反馈意见 shows one participant, passed into his or her own instance of
   * {@code acknowledge-opinions}: the opinions about him or her and those about the team, unaltered.
   */
  public JsonValue feedbackFor(VariableScope scope, String participant) {
    return json(opinionsFor(scope, participant));
  }

  List<Map<String, Object>> opinionsFor(VariableScope scope, String participant) {
    List<Map<String, Object>> mine = new ArrayList<>();
    for (Map<String, Object> opinion : FormInput.of(scope).rows(CycleContract.OPINIONS, "意见建议")) {
      String target = cell(opinion, "target");
      if (participant.equals(target) || TEAM_TARGET.equals(target)) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("targetLabel", opinion.get("targetLabel"));
        shown.put("channel", opinion.get("channel"));
        shown.put("area", opinion.get("area"));
        shown.put("text", opinion.get("text"));
        mine.add(shown);
      }
    }
    return mine;
  }
}
