package cn.dlm.ledger;

import cn.dlm.engine.InvalidSubmission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a user submitted with a task's form, read leniently and trimmed by the task's end listener
 * (an exception from an execution listener reaches the caller unwrapped, a task listener's does not).
 */
final class FormInput {

  private final DelegateExecution execution;

  FormInput(DelegateExecution execution) {
    this.execution = execution;
  }

  String text(String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }

  String requiredText(String name, String message) {
    String text = text(name);
    if (text.isEmpty()) {
      throw new InvalidSubmission(message);
    }
    if (text.length() > PlanValidation.MAX_TEXT) {
      throw new InvalidSubmission("填写的内容过长，请控制在" + PlanValidation.MAX_TEXT + "字以内。");
    }
    return text;
  }

  /** A date the form sends as yyyy-MM-dd (a date-time is cut to its date). */
  LocalDate date(String name, String missingMessage) {
    String text = requiredText(name, missingMessage);
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidSubmission("日期“" + text + "”无效，请按“年-月-日”填写。");
    }
  }

  boolean isTrue(String name) {
    Object value = execution.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  String itemId() {
    return (String) execution.getVariable("itemId");
  }

  /** Who completes the task: the logged-in user, else {@code otherwise}. */
  String actor(String otherwise) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return otherwise == null ? "" : otherwise;
  }
}
