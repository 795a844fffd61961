package cn.dlm.platform.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * JSON process variables: lists and maps written as Spin JSON values (which forms bind and Cockpit shows), and any
 * variable read back as a Jackson tree whatever form it arrives in (Spin JSON, JSON text, Java lists and maps).
 */
public final class JsonValues {

  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonValues() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not representable as JSON: " + value.getClass(), e);
    }
  }

  /** The variable as a Jackson tree; a missing node for null or blank text. */
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
}
