package cn.dlm.cycle;

import cn.dlm.engine.InvalidSubmission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Reads and checks what forms submit, turning every bad value into a {@link InvalidSubmission}. */
public final class Inputs {

  public static final int SHORT_TEXT = 200;
  /** Camunda stores a String variable in at most 4,000 characters. */
  public static final int LONG_TEXT = 4_000;
  public static final int MAX_ROWS = 500;

  private Inputs() {}

  public static String text(VariableScope scope, String name, String label, int max, boolean required) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().trim();
    if (required && text.isEmpty()) {
      throw new InvalidSubmission("请填写“" + label + "”。");
    }
    return bounded(text, label, max);
  }

  public static String bounded(String text, String label, int max) {
    if (text.length() > max) {
      throw new InvalidSubmission("“" + label + "”过长：最多 " + max + " 个字，当前 " + text.length() + " 个字。");
    }
    return text;
  }

  public static LocalDate date(VariableScope scope, String name, String label, boolean required) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        throw new InvalidSubmission("请填写“" + label + "”。");
      }
      return null;
    }
    return parseDate(value.toString(), label);
  }

  public static LocalDate parseDate(String value, String label) {
    String text = value.trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidSubmission("“" + label + "”不是有效日期，请按 年-月-日 填写，例如 2026-12-20。");
    }
  }

  /** A JSON list variable as plain maps (rows of a dynamic list or table). */
  public static List<Map<String, Object>> rows(VariableScope scope, String name, String label) {
    return rows(scope.getVariable(name), label);
  }

  public static List<Map<String, Object>> rows(Object value, String label) {
    if (value == null) {
      return List.of();
    }
    SpinJsonNode node = toJson(value, label);
    if (!node.isArray()) {
      throw new InvalidSubmission("“" + label + "”格式不正确，应为列表。");
    }
    List<SpinJsonNode> elements = node.elements();
    if (elements.size() > MAX_ROWS) {
      throw new InvalidSubmission("“" + label + "”最多 " + MAX_ROWS + " 条，当前 " + elements.size() + " 条。");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SpinJsonNode element : elements) {
      if (!element.isObject()) {
        throw new InvalidSubmission("“" + label + "”中有格式不正确的条目。");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (String field : element.fieldNames()) {
        SpinJsonNode fieldValue = element.prop(field);
        row.put(field, fieldValue.isNull() ? null : fieldValue.isValue() ? fieldValue.value() : fieldValue.toString());
      }
      rows.add(row);
    }
    return rows;
  }

  /** A JSON list of strings (checklist, taglist) or a comma-separated string. */
  public static List<String> strings(VariableScope scope, String name) {
    return strings(scope.getVariable(name), name);
  }

  public static List<String> strings(Object value, String name) {
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
    SpinJsonNode node = toJson(value, name);
    if (node.isArray()) {
      node.elements().forEach(element -> addText(result, element.isValue() ? element.value() : null));
    }
    return result;
  }

  public static String cell(Map<String, Object> row, String field) {
    Object value = row.get(field);
    return value == null ? "" : value.toString().trim();
  }

  private static void addText(List<String> result, Object item) {
    if (item != null && !item.toString().isBlank()) {
      result.add(item.toString().trim());
    }
  }

  private static SpinJsonNode toJson(Object value, String label) {
    if (value instanceof SpinJsonNode node) {
      return node;
    }
    if (value instanceof JsonValue json) {
      return json.getValue();
    }
    try {
      return org.camunda.spin.Spin.JSON(value.toString());
    } catch (RuntimeException e) {
      throw new InvalidSubmission("“" + label + "”格式不正确。");
    }
  }
}
