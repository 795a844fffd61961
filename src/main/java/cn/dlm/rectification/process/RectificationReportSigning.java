package cn.dlm.rectification.process;

import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The secretary signs the rectification report (签署整改落实情况报告). */
@Component("rectificationReportSigning")
class RectificationReportSigning extends FormCheck {

  private final EngineClock clock;

  public RectificationReportSigning(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    String text = input.text("reportText");
    if (text.isEmpty()) {
      throw new InvalidSubmission("请填写整改落实情况报告。");
    }
    if (!input.isTrue("reportSigned")) {
      throw new InvalidSubmission("请确认签署整改落实情况报告。");
    }
    RectificationReport report = RectificationReport.signed(text, input.actor(null), clock.localNow());
    execution.getProcessInstance().setVariable(RectificationContract.REPORT, JsonValues.json(report));
  }
}
