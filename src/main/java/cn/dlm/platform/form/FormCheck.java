package cn.dlm.platform.form;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A task's own check of what its form submitted, and the taking in of it, as the end listener of the user task:
 * an {@link InvalidSubmission} thrown here reaches the caller unwrapped (a task listener's would be wrapped), so
 * Tasklist shows the Chinese message, the completion rolls back and the task stays open with nothing half-created.
 * A cancelled task (process deleted, migrated) is not checked.
 */
public abstract class FormCheck implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      check(FormInput.of(execution), execution);
    }
  }

  protected abstract void check(FormInput input, DelegateExecution execution);
}
