package cn.dlm.platform.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a user submitted with a form, as the task's own check reads it: trimmed text, strict ISO dates, rows of a
 * list. Every value that cannot be accepted becomes an {@link InvalidSubmission} with a Chinese message naming
 * the field. (Which fields may be submitted at all is {@link SubmissionGuard}'s business.)
 */
public final class FormInput {

  public static final int SHORT_TEXT = 200;
  public static final int LONG_TEXT = 4_000;
  /** A whole material (对照检查材料): up to 1 MB of text. */
  public static final int DOCUMENT_TEXT = SubmittedValues.MAX_TEXT;
  public static final int MAX_ROWS = 500;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final VariableScope scope;

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  public Object raw(String name) {
    return scope.getVariable(name);
  }

  /** The trimmed text of a field, empty when not filled in. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }

  public String text(String name, String label, int max, boolean required) {
    String text = text(name);
    if (required && text.isEmpty()) {
      throw new InvalidSubmission("请填写“" + label + "”。");
    }
    return bounded(text, label, max);
  }

  /** A required text, refused with {@code missingMessage} when empty. */
  public String requiredText(String name, String missingMessage) {
    String text = text(name);
    if (text.isEmpty()) {
      throw new InvalidSubmission(missingMessage);
    }
    if (text.length() > LONG_TEXT) {
      throw new InvalidSubmission("填写的内容过长，请控制在" + LONG_TEXT + "字以内。");
    }
    return text;
  }

  public LocalDate date(String name, String label, boolean required) {
    String text = text(name);
    if (text.isEmpty()) {
      if (required) {
        throw new InvalidSubmission("请填写“" + label + "”。");
      }
      return null;
    }
    return parseDate(text, label);
  }

  public boolean isTrue(String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** A whole number (a year, an offset in days); a fraction or a text is refused. */
  public Integer wholeNumber(String name, String label, boolean required) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        throw new InvalidSubmission("请填写“" + label + "”。");
      }
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
        throw new InvalidSubmission("“" + label + "”应为整数。");
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new InvalidSubmission("“" + label + "”应为整数。");
    }
  }

  public List<Map<String, Object>> rows(String name, String label) {
    return rows(scope.getVariable(name), label);
  }

  public List<String> strings(String name) {
    return strings(scope.getVariable(name), name);
  }

  /** Who submits: the logged-in user, else {@code otherwise}. */
  public String actor(String otherwise) {
    Authentication authentication = engineAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return otherwise == null ? "" : otherwise;
  }

  private Authentication engineAuthentication() {
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    }
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task) {
      return task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    }
    return null;
  }

  public static String bounded(String text, String label, int max) {
    if (text.length() > max) {
      throw new InvalidSubmission("“" + label + "”过长：最多 " + max + " 个字，当前 " + text.length() + " 个字。");
    }
    return text;
  }

  /** An ISO date, yyyy-MM-dd, nothing before or after it. */
  public static LocalDate parseDate(String value, String label) {
    String text = value.trim();
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new InvalidSubmission("“" + label + "”不是有效日期，请按 年-月-日 填写，例如 2026-12-20。");
  }

  /** A JSON list (rows of a dynamic list or table) as plain maps. */
  public static List<Map<String, Object>> rows(Object value, String label) {
    if (value == null) {
      return List.of();
    }
    JsonNode node = json(value, label);
    if (!node.isArray()) {
      throw new InvalidSubmission("“" + label + "”格式不正确，应为列表。");
    }
    if (node.size() > MAX_ROWS) {
      throw new InvalidSubmission("“" + label + "”最多 " + MAX_ROWS + " 条，当前 " + node.size() + " 条。");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isObject()) {
        throw new InvalidSubmission("“" + label + "”中有格式不正确的条目。");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      element.fields().forEachRemaining(field -> row.put(field.getKey(), cellValue(field.getValue())));
      rows.add(row);
    }
    return rows;
  }

  /** A JSON list of strings (checklist, taglist) or a comma-separated text. */
  public static List<String> strings(Object value, String label) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> addText(result, item));
      return result;
    }
    if (value instanceof String string && !string.trim().startsWith("[")) {
      for (String part : string.split("[,，、\\s]+")) {
        addText(result, part);
      }
      return result;
    }
    JsonNode node = json(value, label);
    if (node.isArray()) {
      node.forEach(element -> addText(result, element.isValueNode() && !element.isNull() ? element.asText() : null));
    }
    return result;
  }

  public static String cell(Map<String, Object> row, String field) {
    Object value = row.get(field);
    return value == null ? "" : value.toString().trim();
  }

  private static Object cellValue(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    return value.toString();
  }

  private static void addText(List<String> result, Object item) {
    if (item != null && !item.toString().isBlank()) {
      result.add(item.toString().trim());
    }
  }

  private static JsonNode json(Object value, String label) {
    try {
      return JsonValues.tree(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmission("“" + label + "”格式不正确。");
    }
  }
}
