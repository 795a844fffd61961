package cn.dlm.ledger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every item is settled: writes the final ledger (rectificationItems) and moves to the sign-off (签收). */
@Component("ledgerConsolidation")
public class LedgerConsolidation implements JavaDelegate {

  static final String PHASE = "整改签收";

  @Override
  public void execute(DelegateExecution execution) {
    ProcessLedger.of(execution).consolidate();
    execution.setVariable("phase", PHASE);
  }
}
