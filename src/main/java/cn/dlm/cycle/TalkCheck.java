package cn.dlm.cycle;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The office's check of the talks (核查谈心谈话): lists the mandatory pairs nobody has recorded
 * yet, so the cycle goes back for more talks until none is missing.
 */
@Component("talkCheck")
class TalkCheck extends FormCheck implements TaskListener {

  private final HistoryService historyService;
  private final PeopleDirectory people;

  public TalkCheck(HistoryService historyService, PeopleDirectory people) {
    this.historyService = historyService;
    this.people = people;
  }

  /** When the office opens the check: which pairs are still missing. */
  @Override
  public void notify(DelegateTask task) {
    record(task.getExecution());
  }

  /** When the office completes it: decides whether the talks go round again. */
  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    input.text("talkCheckNote", "核查说明", FormInput.LONG_TEXT, false);
    record(execution);
  }

  private void record(DelegateExecution execution) {
    List<TalkPairs.Pair> missing = missingPairs(execution.getProcessInstanceId(),
        (String) execution.getVariable(CycleContract.SECRETARY), TeamRoster.of(execution).members());
    execution.setVariable(CycleContract.MISSING_TALK_PAIRS, json(TalkPairs.labelled(missing, people::displayName)));
    execution.setVariable(CycleContract.MISSING_TALK_PARTNERS, json(TalkRounds.byParticipant(missing)));
    execution.setVariable(CycleContract.TALKS_COMPLETE, missing.isEmpty());
  }

  public List<Map<String, String>> missingPairLabels(String processInstanceId, String secretary, List<String> members) {
    return TalkPairs.labelled(missingPairs(processInstanceId, secretary, members), people::displayName);
  }

  private List<TalkPairs.Pair> missingPairs(String processInstanceId, String secretary, List<String> members) {
    return TalkPairs.missing(secretary, members, talkedPairs(processInstanceId));
  }

  /**
   * The talks recorded so far: each participant's records stay in his or her own instance of
   * {@code record-talks}, which only the office's check reads, from the history of the cycle's sub-processes.
   */
  private List<TalkPairs.Pair> talkedPairs(String cycleInstanceId) {
    String[] rounds = Privileged.call(() -> historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(cycleInstanceId).processDefinitionKey(CycleContract.RECORD_TALKS_PROCESS).list()).stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    if (rounds.length == 0) {
      return List.of();
    }
    List<HistoricVariableInstance> records = Privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(rounds).variableName(CycleContract.TALKS).list());
    List<TalkPairs.Pair> pairs = new ArrayList<>();
    for (HistoricVariableInstance record : records) {
      for (Map<String, Object> talk : FormInput.rows(record.getValue(), "谈心谈话记录")) {
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
