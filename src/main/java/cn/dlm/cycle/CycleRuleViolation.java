package cn.dlm.cycle;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A domain rule of the cycle was broken by what a user entered. The engine rolls the command back
 * and the task stays open; as a form validation failure, REST answers 400 with this Chinese message,
 * which Tasklist shows.
 */
public class CycleRuleViolation extends FormFieldValidationException {

  public CycleRuleViolation(String message) {
    super(null, message);
  }
}
