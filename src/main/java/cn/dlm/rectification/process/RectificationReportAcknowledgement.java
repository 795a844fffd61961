package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.RectificationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The supervisors acknowledge the signed report (签收), which closes the cycle, or return it to
 * the secretary with their comment.
 */
@Component("rectificationReportAcknowledgement")
class RectificationReportAcknowledgement extends FormCheck {

  static final String ACKNOWLEDGE = "acknowledge";
  static final String RETURN = "return";

  private final EngineClock clock;

  public RectificationReportAcknowledgement(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    boolean acknowledged = switch (input.text("acknowledgement")) {
      case ACKNOWLEDGE -> true;
      case RETURN -> false;
      default -> throw new InvalidSubmission("请选择：签收或退回修改。");
    };
    String comment = acknowledged ? input.text("supervisorComment")
        : input.requiredText("supervisorComment", "退回修改时，请写明意见。");
    VariableScope processInstance = execution.getProcessInstance();
    RectificationReport signed = LedgerJson.report(processInstance.getVariable(RectificationContract.REPORT));
    RectificationReport reviewed = signed.reviewed(input.actor(null), clock.localNow(), acknowledged, comment);
    processInstance.setVariable(RectificationContract.REPORT, JsonValues.json(reviewed));
    processInstance.setVariable(RectificationContract.REPORT_ACKNOWLEDGED, acknowledged);
  }
}
