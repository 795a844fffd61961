package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The responsible member's report on an item (报告整改进展): more progress, a request to verify
 * and close it (提请验收), or a request for a later deadline (申请延期).
 */
@Component("itemProgress")
class ItemProgress extends ItemFormCheck {

  static final String PROGRESS = "progress";
  static final String SUBMIT = "submit";
  static final String EXTENSION = "extension";

  ItemProgress(EngineClock clock) {
    super(clock);
  }

  @Override
  protected void change(FormInput input, RectificationItem item, LocalDateTime now) {
    String actor = input.actor(item.responsible());
    String action = input.text("reportAction");
    switch (action) {
      case PROGRESS -> item.reportProgress(now, actor,
          input.requiredText("progressText", "请填写整改进展。"), input.text("evidence"));
      case SUBMIT -> item.submitForVerification(now, actor,
          input.requiredText("progressText", "提请验收前，请填写整改完成情况。"), input.text("evidence"));
      case EXTENSION -> requestExtension(input, item, actor, now);
      default -> throw new InvalidSubmission("请选择本次报告的类型：报告进展、提请验收或申请延期。");
    }
  }

  private static void requestExtension(FormInput input, RectificationItem item, String actor, LocalDateTime now) {
    var requested = FormInput.parseDate(input.requiredText("requestedDeadline", "申请延期时，请填写申请延至的日期。"), "申请延至日期");
    if (!requested.isAfter(item.deadline())) {
      throw new InvalidSubmission("申请延至的日期（" + requested + "）须晚于当前完成时限（" + item.deadline() + "）。");
    }
    String reason = input.requiredText("extensionReason", "申请延期时，请说明理由。");
    String progress = input.text("progressText");
    if (!progress.isEmpty()) {
      item.reportProgress(now, actor, progress, input.text("evidence"));
    }
    item.requestExtension(now, actor, requested, reason);
  }
}
