package cn.dlm.rectification.process;

import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The ledger as process variables of the rectification process instance. Each item is its own
 * variable ({@code rectificationItem_<id>}), so that members working on different items never write
 * the same variable; {@code rectificationItems} is the whole list, written when the plan is adopted
 * and when every item is settled. The summary is written only when a count changes.
 */
final class ProcessLedger {

  private final VariableScope processInstance;

  private ProcessLedger(VariableScope processInstance) {
    this.processInstance = processInstance;
  }

  public static ProcessLedger of(DelegateExecution execution) {
    return new ProcessLedger(execution.getProcessInstance());
  }

  public RectificationItem item(String itemId) {
    Object value = processInstance.getVariable(RectificationContract.itemVariable(itemId));
    if (value == null) {
      throw new IllegalStateException("No rectification item " + itemId);
    }
    return LedgerJson.item(value);
  }

  /** All items, ordered by id: the per-item variables once the plan is adopted. */
  public List<RectificationItem> items() {
    List<RectificationItem> items = new ArrayList<>();
    for (Map.Entry<String, Object> variable : processInstance.getVariables().entrySet()) {
      if (RectificationContract.isItemVariable(variable.getKey())) {
        items.add(LedgerJson.item(variable.getValue()));
      }
    }
    if (items.isEmpty()) {
      return LedgerJson.items(processInstance.getVariable(RectificationContract.ITEMS));
    }
    items.sort(Comparator.comparing(RectificationItem::id));
    return items;
  }

  /** Adopts a plan: one variable per item, the whole list and the first counts. */
  public void adopt(List<RectificationItem> items) {
    for (RectificationItem item : items) {
      processInstance.setVariable(RectificationContract.itemVariable(item.id()), JsonValues.json(item));
    }
    processInstance.setVariable(RectificationContract.ITEMS, JsonValues.json(items));
    writeSummary(LedgerSummary.of(items));
  }

  public void save(RectificationItem item) {
    processInstance.setVariable(RectificationContract.itemVariable(item.id()), JsonValues.json(item));
    writeSummary(LedgerSummary.of(items()));
  }

  /** Writes the final list that the cycle takes back (camunda:out) and the next year reads. */
  public List<RectificationItem> consolidate() {
    List<RectificationItem> items = items();
    processInstance.setVariable(RectificationContract.ITEMS, JsonValues.json(items));
    writeSummary(LedgerSummary.of(items));
    return items;
  }

  public void initialize() {
    if (processInstance.getVariable(RectificationContract.SUMMARY) == null) {
      writeSummary(LedgerSummary.EMPTY);
    }
  }

  private void writeSummary(LedgerSummary summary) {
    Object current = processInstance.getVariable(RectificationContract.SUMMARY);
    if (current != null && summary.equals(LedgerJson.summary(current))) {
      return;
    }
    processInstance.setVariable(RectificationContract.SUMMARY, JsonValues.json(summary));
    setIfChanged(RectificationContract.OPEN_ITEMS, summary.open());
    setIfChanged(RectificationContract.OVERDUE_ITEMS, summary.overdue());
    setIfChanged(RectificationContract.CLOSED_ITEMS, summary.closed());
  }

  private void setIfChanged(String name, int value) {
    if (!Objects.equals(processInstance.getVariable(name), value)) {
      processInstance.setVariable(name, value);
    }
  }
}
