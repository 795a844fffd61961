package cn.dlm.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * JSON of the ledger's process variables. Reads whatever form a variable arrives in (Spin JSON,
 * a JSON string, Java lists and maps) and writes Spin JSON values, which Tasklist forms bind.
 */
public final class LedgerJson {

  public static final String DATE = "yyyy-MM-dd";
  public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private LedgerJson() {}

  /** The variable as a Jackson tree; a missing node for null. */
  public static JsonNode tree(Object value) {
    if (value == null) {
      return MissingNode.getInstance();
    }
    if (value instanceof TypedValue typed) {
      return tree(typed.getValue());
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    try {
      if (value instanceof CharSequence || value instanceof SpinJsonNode) {
        String text = value.toString();
        return text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
      }
      return MAPPER.valueToTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static List<RectificationItem> items(Object value) {
    JsonNode tree = tree(value);
    if (!tree.isArray()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(MAPPER.convertValue(tree, new TypeReference<List<RectificationItem>>() {}));
  }

  public static RectificationItem item(Object value) {
    JsonNode tree = tree(value);
    if (!tree.isObject()) {
      throw new IllegalArgumentException("Not a rectification item: " + tree);
    }
    return MAPPER.convertValue(tree, RectificationItem.class);
  }

  public static LedgerSummary summary(Object value) {
    JsonNode tree = tree(value);
    if (!tree.isObject()) {
      return LedgerSummary.EMPTY;
    }
    return MAPPER.convertValue(tree, LedgerSummary.class);
  }

  public static RectificationReport report(Object value) {
    JsonNode tree = tree(value);
    if (!tree.isObject()) {
      throw new IllegalStateException("No signed rectification report");
    }
    return MAPPER.convertValue(tree, RectificationReport.class);
  }

  /** Items as plain lists and maps, the way the carry-over hands them to the next cycle. */
  public static List<Map<String, Object>> plain(List<RectificationItem> items) {
    return MAPPER.convertValue(items, new TypeReference<List<Map<String, Object>>>() {});
  }

  public static JsonValue value(Object object) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(object)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  public static String text(Object object) {
    try {
      return MAPPER.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }
}
