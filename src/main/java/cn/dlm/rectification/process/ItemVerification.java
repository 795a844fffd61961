package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationItem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The office's verification of an item (验收): close it (销号), return it, or carry it over (结转). */
@Component("itemVerification")
class ItemVerification extends FormCheck {

  static final String CLOSE = "close";
  static final String RETURN = "return";
  static final String CARRY_OVER = "carryOver";

  private final EngineClock clock;

  public ItemVerification(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    ProcessLedger ledger = ProcessLedger.of(execution);
    RectificationItem item = ledger.item((String) execution.getVariable(RectificationContract.ITEM_ID));
    switch (input.text("verificationDecision")) {
      case CLOSE -> item.close(clock.localNow(), input.actor(null), input.text("verificationComment"));
      case RETURN -> item.returnForRework(clock.localNow(), input.actor(null),
          input.requiredText("verificationComment", "退回整改时，请写明需要继续整改的意见。"));
      case CARRY_OVER -> item.carryOver(clock.localNow(), input.actor(null),
          input.requiredText("verificationComment", "结转下年度时，请写明结转理由。"));
      default -> throw new InvalidSubmission("请选择验收结论：验收销号、退回整改或结转下年度。");
    }
    ledger.save(item);
  }
}
