package cn.dlm.cycle;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one source of default deadlines, the DMN table {@code deadline-offsets}: per step a number and how it counts
 * ({@code counting}) — days relative to the meeting day M (the cycle's steps), working days from the task's start
 * (rectification's plan, decisions and sign-off), or months (the deadline proposed for a rectification item).
 */
@FeatureApi
@Component
public class DeadlineOffsets {

  /** Days relative to M, moved back to a working day ({@link Deadlines}). */
  public static final String MEETING_DAY = "meeting-day";
  /** Working days after the day the task starts, to the end of that working day. */
  public static final String WORKING_DAYS = "working-days";
  public static final String MONTHS = "months";

  private final DecisionService decisionService;

  public DeadlineOffsets(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** The cycle's steps: step key → offset in days relative to M, in the table's order. */
  public Map<String, Integer> defaults(int year) {
    return counted(year, MEETING_DAY);
  }

  /** The number the table gives a step counted the given way; a step it lacks is a modelling error. */
  public int of(int year, String step, String counting) {
    Integer value = counted(year, counting).get(step);
    if (value == null) {
      throw new IllegalStateException("deadline-offsets has no " + counting + " row for " + step);
    }
    return value;
  }

  /** Step key → number of the rows counted the given way. Runs with the engine's own rights. */
  private Map<String, Integer> counted(int year, String counting) {
    DmnDecisionResult result = Privileged.call(() -> evaluate(year));
    Map<String, Integer> offsets = new LinkedHashMap<>();
    result.getResultList().stream().filter(row -> counting.equals(row.get("counting"))).forEach(row ->
        offsets.put((String) row.get("step"), ((Number) row.get("offsetDays")).intValue()));
    return offsets;
  }

  private DmnDecisionResult evaluate(int year) {
    return decisionService.evaluateDecisionByKey(CycleContract.DEADLINE_OFFSETS_DECISION)
        .variables(Variables.createVariables().putValue(CycleContract.YEAR, year)).evaluate();
  }
}
