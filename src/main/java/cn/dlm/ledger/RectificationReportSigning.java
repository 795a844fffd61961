package cn.dlm.ledger;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The secretary signs the rectification report (签署整改落实情况报告). */
@Component("rectificationReportSigning")
public class RectificationReportSigning implements TaskListener {

  private final LedgerClock clock;

  public RectificationReportSigning(LedgerClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String text = input.text("reportText");
    if (text.isEmpty()) {
      throw new InvalidSubmission("请填写整改落实情况报告。");
    }
    if (!input.isTrue("reportSigned")) {
      throw new InvalidSubmission("请确认签署整改落实情况报告。");
    }
    RectificationReport report = RectificationReport.signed(text, input.actor(), clock.now());
    task.getExecution().getProcessInstance().setVariable(RectificationReport.VARIABLE, LedgerJson.value(report));
  }
}
