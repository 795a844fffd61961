package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The office's decision on a deadline extension (延期申请): granted moves the item's deadline. */
@Component("deadlineExtension")
class DeadlineExtension extends ItemFormCheck {

  static final String GRANT = "grant";
  static final String REJECT = "reject";

  DeadlineExtension(EngineClock clock) {
    super(clock);
  }

  @Override
  protected void change(FormInput input, RectificationItem item, LocalDateTime now) {
    switch (input.text("extensionDecision")) {
      case GRANT -> item.grantExtension(now, input.actor(null), input.text("extensionComment"));
      case REJECT -> item.rejectExtension(now, input.actor(null),
          input.requiredText("extensionComment", "不同意延期时，请写明理由。"));
      default -> throw new InvalidSubmission("请选择审批意见：同意延期或不同意延期。");
    }
  }
}
