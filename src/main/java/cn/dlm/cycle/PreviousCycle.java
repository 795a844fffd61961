package cn.dlm.cycle;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** Carry-over (回头看): the final rectification items of the same team's cycle of the year before. */
@Component
public class PreviousCycle {

  private final HistoryService historyService;

  public PreviousCycle(HistoryService historyService) {
    this.historyService = historyService;
  }

  public List<Map<String, Object>> rectificationItems(String teamId, int year) {
    return Privileged.call(() -> {
      HistoricProcessInstance previous = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(CycleStart.PROCESS_KEY).processInstanceBusinessKey(teamId + "-" + (year - 1))
          .singleResult();
      if (previous == null) {
        return List.of();
      }
      HistoricVariableInstance items = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(previous.getId()).variableName("rectificationItems").singleResult();
      return items == null ? List.<Map<String, Object>>of() : Inputs.rows(items.getValue(), "上年度整改事项");
    });
  }
}
