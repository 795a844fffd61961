package cn.dlm.platform.form;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The typed starting values of a user task's own form fields, for its input parameters
 * ({@code ${formDefaults.noText()}}, {@code ${formDefaults.text(execution, 'meetingDay')}}...). Each editable field
 * of a form is an input parameter of its task, so a submitted value stays in the task's activity and ends with it;
 * an empty input parameter would create a variable typed {@code Null} that Tasklist sends back typed {@code Null}
 * and the engine then refuses. What later steps need, each task's {@link FormCheck} stores under its own names.
 */
@Component("formDefaults")
public class FormDefaults {

  /** An empty text field, text area, date, radio or select. */
  public String noText() {
    return "";
  }

  /** A checkbox not ticked. */
  public boolean unticked() {
    return false;
  }

  /** A checklist or taglist with nothing chosen, or a dynamic list without rows. */
  public JsonValue emptyList() {
    return SpinValues.jsonValue("[]").create();
  }

  /**
   * A dynamic list with one empty row to fill in, as form-js starts a list that has no value (an empty Json list
   * would show no row at all).
   */
  public JsonValue oneEmptyRow() {
    return SpinValues.jsonValue("[{}]").create();
  }

  /** The rows stored under {@code name}, else {@link #oneEmptyRow()}. */
  public JsonValue rows(VariableScope scope, String name) {
    JsonNode node = JsonValues.tree(scope.getVariable(name));
    return node.isArray() ? SpinValues.jsonValue(node.toString()).create() : oneEmptyRow();
  }

  /** The text stored under {@code name} in the task's scope or above it, else empty. */
  public String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString();
  }

  /** The list stored under {@code name}, as a Json value, else an empty list. */
  public JsonValue list(VariableScope scope, String name) {
    JsonNode node = JsonValues.tree(scope.getVariable(name));
    return node.isArray() ? SpinValues.jsonValue(node.toString()).create() : emptyList();
  }

  /**
   * One field of a Json value ({@code path} with dots for nested objects) as plain text, else empty: user text
   * a form shows in a read-only field rather than in a text component, which would render it as Markdown and HTML.
   */
  public String textOf(Object json, String path) {
    JsonNode node = JsonValues.tree(json);
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }

  /** {@link #textOf(Object, String)} of the Json variable {@code name}, empty when there is none. */
  public String textOf(VariableScope scope, String name, String path) {
    return textOf(scope.getVariable(name), path);
  }
}
