package cn.dlm.cycle;

import cn.dlm.platform.Privileged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The default offsets (days relative to M) from the DMN table {@code deadline-offsets}. */
@Component
class DeadlineOffsets {

  private final DecisionService decisionService;

  public DeadlineOffsets(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** Step key → offset in days, in the table's order. Runs with the engine's own rights. */
  public Map<String, Integer> defaults(int year) {
    DmnDecisionResult result = Privileged.call(() -> evaluate(year));
    Map<String, Integer> offsets = new LinkedHashMap<>();
    result.getResultList().forEach(row ->
        offsets.put((String) row.get("step"), ((Number) row.get("offsetDays")).intValue()));
    return offsets;
  }

  private DmnDecisionResult evaluate(int year) {
    return decisionService.evaluateDecisionByKey(CycleContract.DEADLINE_OFFSETS_DECISION)
        .variables(Variables.createVariables().putValue(CycleContract.YEAR, year)).evaluate();
  }
}
