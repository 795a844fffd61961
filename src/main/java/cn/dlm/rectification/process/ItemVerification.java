package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The office's verification of an item (验收): close it (销号), return it, or carry it over (结转). */
@Component("itemVerification")
class ItemVerification extends ItemFormCheck {

  static final String CLOSE = "close";
  static final String RETURN = "return";
  static final String CARRY_OVER = "carryOver";

  ItemVerification(EngineClock clock) {
    super(clock);
  }

  @Override
  protected void change(FormInput input, RectificationItem item, LocalDateTime now) {
    switch (input.text("verificationDecision")) {
      case CLOSE -> item.close(now, input.actor(null), input.text("verificationComment"));
      case RETURN -> item.returnForRework(now, input.actor(null),
          input.requiredText("verificationComment", "退回整改时，请写明需要继续整改的意见。"));
      case CARRY_OVER -> item.carryOver(now, input.actor(null),
          input.requiredText("verificationComment", "结转下年度时，请写明结转理由。"));
      default -> throw new InvalidSubmission("请选择验收结论：验收销号、退回整改或结转下年度。");
    }
  }
}
