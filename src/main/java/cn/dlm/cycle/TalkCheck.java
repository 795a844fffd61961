package cn.dlm.cycle;

import static cn.dlm.cycle.Inputs.cell;
import static cn.dlm.cycle.JsonVariables.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The office's check of the talks (核查谈心谈话): lists the mandatory pairs nobody has recorded
 * yet, so the cycle goes back for more talks until none is missing.
 */
@Component("talkCheck")
public class TalkCheck implements TaskListener {

  private final HistoryService historyService;
  private final CycleMembers cycleMembers;
  private final People people;

  public TalkCheck(HistoryService historyService, CycleMembers cycleMembers, People people) {
    this.historyService = historyService;
    this.cycleMembers = cycleMembers;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    List<TalkPairs.Pair> missing = missingPairs(task.getProcessInstanceId(), task);
    task.setVariable("missingTalkPairs", json(TalkPairs.labelled(missing, people::displayName)));
    task.setVariable("talksComplete", missing.isEmpty());
  }

  public List<TalkPairs.Pair> missingPairs(String processInstanceId, VariableScope cycle) {
    String secretary = (String) cycle.getVariable("secretary");
    return TalkPairs.missing(secretary, cycleMembers.members(cycle), talkedPairs(processInstanceId));
  }

  private List<TalkPairs.Pair> talkedPairs(String processInstanceId) {
    List<HistoricVariableInstance> records = Privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName("talks").list());
    List<TalkPairs.Pair> pairs = new ArrayList<>();
    for (HistoricVariableInstance record : records) {
      for (Map<String, Object> talk : Inputs.rows(record.getValue(), "谈心谈话记录")) {
        String owner = cell(talk, "owner");
        String partner = cell(talk, "partner");
        if (!owner.isEmpty() && !partner.isEmpty() && !TalkRecords.KIND_DEPARTMENT.equals(cell(talk, "kind"))) {
          pairs.add(TalkPairs.Pair.of(owner, partner));
        }
      }
    }
    return pairs;
  }
}
