package cn.dlm.rectification.process;

import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationItem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that an item's deadline passed while it was still with the member (逾期). */
@Component("overdueItem")
class OverdueItem implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ProcessLedger ledger = ProcessLedger.of(execution);
    RectificationItem item = ledger.item((String) execution.getVariable(RectificationContract.ITEM_ID));
    item.markOverdue();
    ledger.save(item);
  }
}
