package cn.dlm.cycle;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A domain rule of the cycle was broken by what a user entered. The engine rolls the command back,
 * the task stays open, and REST answers 400 with this Chinese message, which Tasklist shows.
 */
public class CycleRuleViolation extends BadUserRequestException {

  public CycleRuleViolation(String message) {
    super(message);
  }
}
