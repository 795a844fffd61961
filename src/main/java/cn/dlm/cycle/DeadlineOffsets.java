package cn.dlm.cycle;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one source of default deadlines, the DMN table {@code deadline-offsets}: per step a number and how it counts
 * ({@code counting}) — days relative to the meeting day M (the cycle's steps), working days from the task's start
 * (rectification's plan, decisions and sign-off), or months (the deadline proposed for a rectification item).
 *
 * <p>The table's answer depends only on the year and on the deployed version of the table, so it is evaluated once
 * per version and year: a season launch starts hundreds of cycles, and each evaluation cost more than the rest of a
 * cycle's start (the FEEL engine's set-up and some forty history rows; docs/performance.md). Deploying a new version
 * of the table takes effect with the next question asked.
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
  private final RepositoryService repositoryService;
  private final Map<String, List<Row>> byVersionAndYear = new ConcurrentHashMap<>();

  public DeadlineOffsets(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  private record Row(String step, String counting, int number) {}

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
    Map<String, Integer> offsets = new LinkedHashMap<>();
    rows(year).stream().filter(row -> counting.equals(row.counting()))
        .forEach(row -> offsets.put(row.step(), row.number()));
    return offsets;
  }

  private List<Row> rows(int year) {
    return Privileged.call(() -> {
      String version = latestVersion().getId();
      return byVersionAndYear.computeIfAbsent(version + "/" + year, key -> evaluate(version, year));
    });
  }

  private DecisionDefinition latestVersion() {
    return repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CycleContract.DEADLINE_OFFSETS_DECISION).latestVersion().singleResult();
  }

  private List<Row> evaluate(String decisionDefinitionId, int year) {
    return decisionService.evaluateDecisionById(decisionDefinitionId)
        .variables(Variables.createVariables().putValue(CycleContract.YEAR, year)).evaluate().getResultList().stream()
        .map(row -> new Row((String) row.get("step"), (String) row.get("counting"),
            ((Number) row.get("offsetDays")).intValue()))
        .toList();
  }
}
