package cn.dlm.cycle;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.material.MaterialContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The hand-over to rectification (整改): every problem of the team material and of the members'
 * approved materials, every opinion and every criticism becomes a candidate item with its source.
 */
@Component("rectificationHandOver")
class RectificationHandOver implements JavaDelegate {

  private final HistoryService historyService;
  private final PeopleDirectory people;

  public RectificationHandOver(HistoryService historyService, PeopleDirectory people) {
    this.historyService = historyService;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (Map<String, Object> problem : FormInput.of(execution).rows(MaterialContract.PROBLEMS, "班子材料问题")) {
      candidates.add(candidate(CycleContract.SOURCE_TEAM_MATERIAL, "班子对照检查材料", null, cell(problem, "area"),
          cell(problem, "title"), cell(problem, "text")));
    }
    for (HistoricVariableInstance memberProblems : memberMaterialProblems(execution.getProcessInstanceId())) {
      String member = memberOf(memberProblems.getProcessInstanceId());
      for (Map<String, Object> problem : FormInput.rows(memberProblems.getValue(), "个人材料问题")) {
        candidates.add(candidate(CycleContract.SOURCE_MEMBER_MATERIAL, people.displayName(member) + "个人对照检查材料", member,
            cell(problem, "area"), cell(problem, "title"), cell(problem, "text")));
      }
    }
    for (Map<String, Object> opinion : FormInput.of(execution).rows(CycleContract.OPINIONS, "意见建议")) {
      String target = cell(opinion, "target");
      String member = OpinionCollection.TEAM_TARGET.equals(target) ? null : target;
      candidates.add(candidate(CycleContract.SOURCE_OPINION, "征求意见（" + cell(opinion, "channel") + "）", member,
          cell(opinion, "area"), firstSentence(cell(opinion, "text")), cell(opinion, "text")));
    }
    for (Map<String, Object> criticism : FormInput.of(execution).rows(CycleContract.CRITICISMS, "批评意见")) {
      candidates.add(candidate(CycleContract.SOURCE_CRITICISM, "批评意见（" + cell(criticism, "fromName") + "）", cell(criticism, "to"),
          null, firstSentence(cell(criticism, "text")), cell(criticism, "text")));
    }
    execution.setVariable(CycleContract.RECTIFICATION_CANDIDATES, json(candidates));
  }

  private List<HistoricVariableInstance> memberMaterialProblems(String processInstanceId) {
    List<String> subInstances = Privileged.call(() -> historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).processDefinitionKey(MaterialContract.MEMBER_MATERIAL_PROCESS).list()).stream()
        .map(HistoricProcessInstance::getId).toList();
    if (subInstances.isEmpty()) {
      return List.of();
    }
    // The material's own problems, not the check task's fields (kept in history with that task).
    return Privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(subInstances.toArray(String[]::new)).variableName(MaterialContract.PROBLEMS)
        .orderByProcessInstanceId().asc().list()).stream()
        .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId())).toList();
  }

  private String memberOf(String memberMaterialInstanceId) {
    HistoricVariableInstance member = Privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(memberMaterialInstanceId).variableName(MaterialContract.MEMBER).singleResult());
    return member == null ? null : (String) member.getValue();
  }

  static String firstSentence(String text) {
    int end = text.length();
    for (char stop : new char[] {'。', '；', '！', '？', '\n'}) {
      int at = text.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    String sentence = text.substring(0, end).trim();
    return sentence.length() > 120 ? sentence.substring(0, 120) + "…" : sentence;
  }

  private static Map<String, Object> candidate(String source, String sourceLabel, String member, String area,
      String problem, String text) {
    Map<String, Object> candidate = new LinkedHashMap<>();
    candidate.put("source", source);
    candidate.put("sourceLabel", sourceLabel);
    candidate.put("member", member);
    candidate.put("area", area == null || area.isEmpty() ? null : area);
    candidate.put("problem", problem);
    candidate.put("text", text);
    return candidate;
  }
}
