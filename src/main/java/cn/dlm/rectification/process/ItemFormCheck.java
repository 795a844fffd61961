package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A form that decides on one ledger item, the item of its branch ({@code itemId}): the item is read, changed only
 * through its guarded methods at the time of the submission, and saved with the ledger's counts.
 */
abstract class ItemFormCheck extends FormCheck {

  private final EngineClock clock;

  ItemFormCheck(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected final void check(FormInput input, DelegateExecution execution) {
    ProcessLedger ledger = ProcessLedger.of(execution);
    RectificationItem item = ledger.item((String) execution.getVariable(RectificationContract.ITEM_ID));
    change(input, item, clock.localNow());
    ledger.save(item);
  }

  protected abstract void change(FormInput input, RectificationItem item, LocalDateTime now);
}
