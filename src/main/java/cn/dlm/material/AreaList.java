package cn.dlm.material;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/** The cycle's areas (检视方面) as stored in the {@code areas} variable: a Json list of strings. */
final class AreaList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AreaList() {}

  static List<String> of(Object variable) {
    JsonNode node = asJson(variable);
    List<String> areas = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(element -> {
        if (element.isTextual() && !element.asText().isBlank()) {
          areas.add(element.asText().strip());
        }
      });
    }
    return areas;
  }

  /** A variable's value as Jackson JSON, whether it is a Spin Json value, a JSON string or a Java object. */
  static JsonNode asJson(Object variable) {
    try {
      if (variable == null) {
        return null;
      }
      if (variable instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (variable instanceof String text) {
        return JSON.readTree(text);
      }
      if (variable instanceof Collection<?> || variable instanceof Map<?, ?>) {
        return JSON.valueToTree(variable);
      }
      return null;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }
}
