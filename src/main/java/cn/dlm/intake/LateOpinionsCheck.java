package cn.dlm.intake;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Refuses a 汇总征求意见 submission made from a form opened before the latest online opinions arrived: its list does
 * not hold them, and submitting it would drop them unseen. The form sends back {@value IntakeContract#SEEN}, the count
 * it was opened with.
 */
@Component("lateOpinionsCheck")
class LateOpinionsCheck extends FormCheck {

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    JsonNode state = JsonValues.tree(execution.getVariableLocal(IntakeContract.STATE));
    int received = state.path("received").asInt(0);
    Object seen = execution.getVariableLocal(IntakeContract.SEEN);
    int shown = seen instanceof Number number ? number.intValue() : 0;
    if (received > shown) {
      throw new InvalidSubmission("您打开表单后又收到 " + (received - shown) + " 条网上意见，当前表单中没有。"
          + "请刷新页面，核对新意见后再提交（尚未提交的修改需重新填写）。");
    }
  }
}
