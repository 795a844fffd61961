package cn.dlm.rectification.history;

import cn.dlm.cycle.CycleContract;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.RectificationItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reads cycles back from history, running or finished: the main process (democratic-life-meeting)
 * and its rectification process share the business key {@code <teamId>-<year>}. Queries run with
 * the caller's authorizations.
 */
@Component
public class CycleHistory {

  private static final int IDS_PER_QUERY = 200;

  private final HistoryService historyService;

  public CycleHistory(@Lazy HistoryService historyService) {
    this.historyService = historyService;
  }

  public static String businessKey(String teamId, int year) {
    return CycleContract.businessKey(teamId, year);
  }

  public Optional<CycleRecord> cycle(String teamId, int year) {
    String businessKey = businessKey(teamId, year);
    Optional<HistoricProcessInstance> cycle = latest(CycleContract.PROCESS_KEY, businessKey);
    Optional<HistoricProcessInstance> rectification = latest(RectificationContract.PROCESS_KEY, businessKey);
    if (cycle.isEmpty() && rectification.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    cycle.ifPresent(instance -> ids.add(instance.getId()));
    rectification.ifPresent(instance -> ids.add(instance.getId()));
    Map<String, Map<String, Object>> variables = variablesByInstance(ids, null);
    Map<String, Object> merged = new HashMap<>();
    cycle.ifPresent(instance -> merged.putAll(variables.getOrDefault(instance.getId(), Map.of())));
    Map<String, Object> ofRectification = rectification
        .map(instance -> variables.getOrDefault(instance.getId(), Map.of())).orElse(Map.of());
    merged.putAll(ofRectification);
    return Optional.of(CycleRecord.of(teamId, year, merged, itemsOf(ofRectification, merged)));
  }

  /** Every cycle that has reached rectification, newest year first, then by team name. */
  public List<CycleRecord> cyclesWithLedger(Integer year) {
    var query = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RectificationContract.PROCESS_KEY);
    Map<String, HistoricProcessInstance> latestByKey = new LinkedHashMap<>();
    for (HistoricProcessInstance instance : query.orderByProcessInstanceStartTime().asc().list()) {
      if (instance.getBusinessKey() != null) {
        latestByKey.put(instance.getBusinessKey(), instance);
      }
    }
    List<String> ids = latestByKey.values().stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      variables.putAll(variablesByInstance(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)),
          List.of(CycleContract.TEAM_ID, CycleContract.TEAM_NAME, CycleContract.YEAR, CycleContract.SECRETARY,
              RectificationContract.ITEMS)));
    }
    List<CycleRecord> cycles = new ArrayList<>();
    for (HistoricProcessInstance instance : latestByKey.values()) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      CycleRecord cycle = CycleRecord.of(instance.getBusinessKey(), vars, itemsOf(vars, vars));
      if (year == null || cycle.year() == year) {
        cycles.add(cycle);
      }
    }
    cycles.sort(Comparator.comparingInt(CycleRecord::year).reversed().thenComparing(CycleRecord::teamName));
    return cycles;
  }

  /** The items of a cycle: the rectification process's own item variables if any, else the final list. */
  private static List<RectificationItem> itemsOf(Map<String, Object> rectification, Map<String, Object> all) {
    List<RectificationItem> items = new ArrayList<>();
    rectification.forEach((name, value) -> {
      if (RectificationContract.isItemVariable(name) && value != null) {
        items.add(LedgerJson.item(value));
      }
    });
    if (items.isEmpty()) {
      return LedgerJson.items(all.get(RectificationContract.ITEMS));
    }
    items.sort(Comparator.comparing(RectificationItem::id));
    return items;
  }

  private Optional<HistoricProcessInstance> latest(String processKey, String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst();
  }

  /**
   * Latest values of process-level variables (task and item scopes left out) by process instance:
   * of the names given and the ledger's, or all of them when {@code names} is null.
   */
  private Map<String, Map<String, Object>> variablesByInstance(List<String> processInstanceIds, List<String> names) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return byInstance;
    }
    String[] ids = processInstanceIds.toArray(String[]::new);
    List<HistoricVariableInstance> found = new ArrayList<>();
    if (names == null) {
      found.addAll(historyService.createHistoricVariableInstanceQuery().executionIdIn(ids).list());
    } else {
      found.addAll(historyService.createHistoricVariableInstanceQuery().executionIdIn(ids)
          .variableNameIn(names.toArray(String[]::new)).list());
      found.addAll(historyService.createHistoricVariableInstanceQuery().executionIdIn(ids)
          .variableNameLike(RectificationContract.ITEM_PREFIX + "%").list());
    }
    for (HistoricVariableInstance variable : found) {
      if (variable.getTaskId() == null) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }
}
