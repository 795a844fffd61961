package cn.dlm.rectification.process;

import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.domain.ItemStatus;
import cn.dlm.rectification.domain.RectificationItem;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * What the rectification process asks of its ledger in expressions: the items to run, who is
 * responsible, due dates, and which way an item goes next.
 */
@Component("rectificationLedger")
public class LedgerExpressions {

  /** Next step of an item, read by the gateways of the item flow. */
  static final String RECTIFY = "rectify";
  static final String VERIFY = "verify";
  static final String EXTENSION = "extension";
  static final String SETTLED = "settled";

  private final RectificationDeadlines deadlines;

  LedgerExpressions(RectificationDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  public List<String> itemIds(DelegateExecution execution) {
    return ProcessLedger.of(execution).items().stream().map(RectificationItem::id).toList();
  }

  public String responsible(DelegateExecution execution, String itemId) {
    return ProcessLedger.of(execution).item(itemId).responsible();
  }

  /** The item's deadline (完成时限) as the due date of its task: the end of that day. */
  public Date dueDate(DelegateExecution execution, String itemId) {
    return deadlines.dueOn(ProcessLedger.of(execution).item(itemId).deadline());
  }

  /** The item as its task form shows it. */
  public JsonValue item(DelegateExecution execution, String itemId) {
    return JsonValues.json(ProcessLedger.of(execution).item(itemId));
  }

  public String stage(DelegateExecution execution, String itemId) {
    RectificationItem item = ProcessLedger.of(execution).item(itemId);
    if (!item.status().isOpen()) {
      return SETTLED;
    }
    if (item.extensionRequest() != null) {
      return EXTENSION;
    }
    return item.status() == ItemStatus.AWAITING_VERIFICATION ? VERIFY : RECTIFY;
  }

  public Date planDue(DelegateExecution execution) {
    return deadlines.due(execution, RectificationDeadlines.PLAN);
  }

  public Date decisionDue(DelegateExecution execution) {
    return deadlines.due(execution, RectificationDeadlines.DECISION);
  }

  public Date signOffDue(DelegateExecution execution) {
    return deadlines.due(execution, RectificationDeadlines.SIGN_OFF);
  }
}
