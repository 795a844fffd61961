package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationItem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The office's decision on a deadline extension (延期申请): granted moves the item's deadline. */
@Component("deadlineExtension")
class DeadlineExtension extends FormCheck {

  static final String GRANT = "grant";
  static final String REJECT = "reject";

  private final EngineClock clock;

  public DeadlineExtension(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    ProcessLedger ledger = ProcessLedger.of(execution);
    RectificationItem item = ledger.item((String) execution.getVariable(RectificationContract.ITEM_ID));
    switch (input.text("extensionDecision")) {
      case GRANT -> item.grantExtension(clock.localNow(), input.actor(null), input.text("extensionComment"));
      case REJECT -> item.rejectExtension(clock.localNow(), input.actor(null),
          input.requiredText("extensionComment", "不同意延期时，请写明理由。"));
      default -> throw new InvalidSubmission("请选择审批意见：同意延期或不同意延期。");
    }
    ledger.save(item);
  }
}
