package cn.dlm.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every item is settled: writes the final ledger (rectificationItems) before the sign-off (签收). */
@Component("ledgerConsolidation")
class LedgerConsolidation implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ProcessLedger.of(execution).consolidate();
  }
}
