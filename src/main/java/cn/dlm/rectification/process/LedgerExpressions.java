package cn.dlm.rectification.process;

import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
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

  private final EngineClock clock;
  private final WorkingCalendar calendar;
  private final RectificationProperties properties;

  public LedgerExpressions(EngineClock clock, WorkingCalendar calendar, RectificationProperties properties) {
    this.clock = clock;
    this.calendar = calendar;
    this.properties = properties;
  }

  public List<String> itemIds(DelegateExecution execution) {
    return ProcessLedger.of(execution).items().stream().map(RectificationItem::id).toList();
  }

  public String responsible(DelegateExecution execution, String itemId) {
    return ProcessLedger.of(execution).item(itemId).responsible();
  }

  /** The item's deadline (完成时限) as the due date of its task: the end of that day. */
  public Date dueDate(DelegateExecution execution, String itemId) {
    return clock.endOf(ProcessLedger.of(execution).item(itemId).deadline());
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

  public Date planDue() {
    return workingDaysFromToday(properties.planWorkingDays());
  }

  public Date decisionDue() {
    return workingDaysFromToday(properties.decisionWorkingDays());
  }

  public Date signOffDue() {
    return workingDaysFromToday(properties.signOffWorkingDays());
  }

  /** The end of the working day {@code workingDays} working days from today. */
  private Date workingDaysFromToday(int workingDays) {
    return clock.endOfWorkingDay(calendar.plusWorkingDays(clock.today(), workingDays));
  }
}
