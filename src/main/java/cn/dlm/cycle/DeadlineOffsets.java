package cn.dlm.cycle;

import cn.dlm.platform.Privileged;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The default offsets (days relative to M) from the DMN table {@code deadline-offsets}. The table's answer
 * depends only on the year and on the deployed version of the table, so it is evaluated once per version and
 * year: a season launch starts hundreds of cycles, and each evaluation cost more than the rest of a cycle's
 * start (the FEEL engine's set-up and some forty history rows; docs/performance.md). Deploying a new version
 * of the table takes effect with the next cycle started.
 */
@Component
class DeadlineOffsets {

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final Map<String, Map<String, Integer>> byVersionAndYear = new ConcurrentHashMap<>();

  public DeadlineOffsets(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** Step key → offset in days, in the table's order. Runs with the engine's own rights. */
  public Map<String, Integer> defaults(int year) {
    return Privileged.call(() -> {
      String version = latestVersion().getId();
      return byVersionAndYear.computeIfAbsent(version + "/" + year, key -> evaluate(version, year));
    });
  }

  private DecisionDefinition latestVersion() {
    return repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CycleContract.DEADLINE_OFFSETS_DECISION).latestVersion().singleResult();
  }

  private Map<String, Integer> evaluate(String decisionDefinitionId, int year) {
    Map<String, Integer> offsets = new LinkedHashMap<>();
    decisionService.evaluateDecisionById(decisionDefinitionId)
        .variables(Variables.createVariables().putValue(CycleContract.YEAR, year)).evaluate().getResultList()
        .forEach(row -> offsets.put((String) row.get("step"), ((Number) row.get("offsetDays")).intValue()));
    return Collections.unmodifiableMap(offsets);
  }
}
