package cn.dlm.ledger;

import cn.dlm.engine.InvalidSubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Takes in what a completed task's form submitted, as the end listener of the user task. An
 * {@link InvalidSubmission} thrown here rolls the completion back: the task stays open and nothing
 * is half-created. A cancelled task (process deleted, migrated) is not checked.
 */
abstract class TaskOutcome implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      accept(new FormInput(execution), execution);
    }
  }

  protected abstract void accept(FormInput input, DelegateExecution execution);
}
