package cn.dlm.platform.form;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form that cannot be accepted (a rule of the cycle or the ledger, with a Chinese message). Thrown from a task's end listener it rolls the
 * completion back, so the task stays open and nothing is half-created; as a form validation failure
 * the REST API answers 400, and Tasklist shows the Chinese message.
 */
public class InvalidSubmission extends FormFieldValidationException {

  public InvalidSubmission(String message) {
    super(null, message);
  }
}
