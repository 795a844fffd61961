package cn.dlm.cycle;

import cn.dlm.engine.InvalidSubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks what a completed task's form submitted, as an end listener of the user task: a
 * {@link InvalidSubmission} thrown here reaches the caller unwrapped (task listener exceptions
 * get wrapped by the engine), so Tasklist shows the Chinese message and the task stays open.
 * A cancelled task (process deleted, migrated) is not checked.
 */
public abstract class FormCheck implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      check(execution);
    }
  }

  protected abstract void check(DelegateExecution execution);
}
