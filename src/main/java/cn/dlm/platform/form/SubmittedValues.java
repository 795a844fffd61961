package cn.dlm.platform.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks a form submission against the form it belongs to: only the form's own fields, each with the kind of
 * value the field sends, within size limits. What a value means (a date inside a list, an option, a row's rules)
 * is left to the task's own check, which can name the row. Read-only fields, which Tasklist sends back as they were shown,
 * are reported so the caller can drop them.
 */
final class SubmittedValues {

  static final int MAX_LINE = 2_000;
  /** A whole material: up to 1 MB of text. */
  static final int MAX_TEXT = 1_048_576;
  /** A safety net above every list's own limit (a plan's 1,000 items): the owning check says more. */
  static final int MAX_ROWS = 5_000;
  static final int MAX_DEPTH = 6;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_TEXT).build())
      .build());

  private SubmittedValues() {}

  /** The names to drop (read-only fields); throws {@link InvalidSubmission} for anything the form does not own. */
  static List<String> check(FormFields form, Map<String, ?> submitted) {
    List<String> unknown = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    for (String name : submitted.keySet()) {
      FormField field = form.get(name);
      if (field == null) {
        unknown.add(name);
      } else if (field.readOnly()) {
        readOnly.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidSubmission("提交的内容包含本表单以外的数据（" + String.join("、", unknown.stream().limit(5).toList())
          + "），未予受理。请在任务表单中填写后提交。");
    }
    for (Map.Entry<String, ?> entry : submitted.entrySet()) {
      FormField field = form.get(entry.getKey());
      if (!field.readOnly()) {
        checkValue(field, entry.getValue());
      }
    }
    return readOnly;
  }

  private static void checkValue(FormField field, Object submitted) {
    Object value = plain(field, submitted);
    if (value == null) {
      return;
    }
    String label = "“" + field.labelOrKey() + "”";
    switch (field.kind()) {
      case LINE, CHOICE -> requireText(value, label, MAX_LINE);
      case TEXT -> requireText(value, label, MAX_TEXT);
      case DATE -> requireDate(value, label);
      case NUMBER -> {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
          throw new InvalidSubmission(label + "应填写数字。");
        }
      }
      case FLAG -> {
        if (!(value instanceof Boolean)) {
          throw new InvalidSubmission(label + "只能勾选或不勾选。");
        }
      }
      case CHOICES -> {
        JsonNode list = json(value, label);
        if (!list.isArray() || list.size() > MAX_ROWS) {
          throw new InvalidSubmission(label + "格式不正确，应为选项列表。");
        }
        for (JsonNode element : list) {
          if (!element.isTextual() || element.textValue().length() > MAX_LINE) {
            throw new InvalidSubmission(label + "中有无效的选项。");
          }
        }
      }
      case ROWS -> checkRows(field, json(value, label), label);
    }
  }

  private static void checkRows(FormField field, JsonNode rows, String label) {
    if (!rows.isArray()) {
      throw new InvalidSubmission(label + "格式不正确，应为列表。");
    }
    if (rows.size() > MAX_ROWS) {
      throw new InvalidSubmission(label + "最多 " + MAX_ROWS + " 条，当前 " + rows.size() + " 条。");
    }
    int number = 0;
    for (JsonNode row : rows) {
      number++;
      if (!row.isObject()) {
        throw new InvalidSubmission(label + "第 " + number + " 条格式不正确。");
      }
      for (Map.Entry<String, FormField> column : field.columns().entrySet()) {
        JsonNode cell = row.get(column.getKey());
        if (cell == null || cell.isNull() || column.getValue().readOnly()) {
          continue;
        }
        String cellLabel = label + "第 " + number + " 条的“" + column.getValue().labelOrKey() + "”";
        Object cellValue = cell.isTextual() ? cell.textValue() : cell.isBoolean() ? cell.booleanValue()
            : cell.isNumber() ? cell.numberValue() : cell;
        switch (column.getValue().kind()) {
          case LINE, CHOICE -> requireText(cellValue, cellLabel, MAX_LINE);
          case TEXT -> requireText(cellValue, cellLabel, MAX_TEXT);
          case NUMBER -> {
            if (!cell.isNumber()) {
              throw new InvalidSubmission(cellLabel + "应填写数字。");
            }
          }
          case FLAG -> {
            if (!cell.isBoolean()) {
              throw new InvalidSubmission(cellLabel + "只能勾选或不勾选。");
            }
          }
          default -> { }
        }
      }
    }
  }

  private static void requireText(Object value, String label, int max) {
    if (!(value instanceof String text)) {
      throw new InvalidSubmission(label + "应为文字。");
    }
    if (text.length() > max) {
      throw new InvalidSubmission(label + "过长：最多 " + max + " 个字，当前 " + text.length() + " 个字。");
    }
  }

  private static void requireDate(Object value, String label) {
    if (value instanceof String text && text.isEmpty()) {
      return;
    }
    if (!(value instanceof String text) || !ISO_DATE.matcher(text).matches()) {
      throw new InvalidSubmission(label + "不是有效日期，请按 年-月-日 填写，例如 2026-12-20。");
    }
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidSubmission(label + "不是有效日期，请按 年-月-日 填写，例如 2026-12-20。");
    }
  }

  private static JsonNode json(Object value, String label) {
    try {
      if (value instanceof String text) {
        return JSON.readTree(text);
      }
      if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
        return JSON.readTree(JSON.writeValueAsString(value));
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidSubmission(label + "格式不正确或层次过深，未予受理。");
    }
    throw new InvalidSubmission(label + "格式不正确。");
  }

  /**
   * The submitted value as plain Java: text, number, boolean, or JSON text for lists. Types a form never sends
   * (Java objects, XML, files, bytes, dates) are refused.
   */
  private static Object plain(FormField field, Object submitted) {
    if (submitted instanceof TypedValue typed) {
      ValueType type = typed.getType();
      String name = type == null ? null : type.getName();
      if (name == null || ValueType.NULL.getName().equals(name)) {
        if (typed.getValue() != null) {
          throw new InvalidSubmission("“" + field.labelOrKey() + "”的数据类型不受支持。");
        }
        return null;
      }
      if ("json".equals(name) && typed instanceof SerializableValue serializable) {
        return serializable.isDeserialized() ? String.valueOf(serializable.getValue()) : serializable.getValueSerialized();
      }
      if (!type.isPrimitiveValueType() || ValueType.DATE.equals(type) || ValueType.BYTES.equals(type)) {
        throw new InvalidSubmission("“" + field.labelOrKey() + "”的数据类型（" + name + "）不受支持。");
      }
      return typed.getValue();
    }
    if (submitted == null || submitted instanceof String || submitted instanceof Number || submitted instanceof Boolean
        || submitted instanceof Collection<?> || submitted instanceof Map<?, ?>) {
      return submitted;
    }
    if (submitted instanceof SpinJsonNode node) {
      return node.toString();
    }
    throw new InvalidSubmission("“" + field.labelOrKey() + "”的数据类型不受支持。");
  }
}
