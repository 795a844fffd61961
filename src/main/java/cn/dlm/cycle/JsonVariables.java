package cn.dlm.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Lists and maps become Spin JSON variables, which forms bind and Cockpit shows. */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonVariables() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not representable as JSON: " + value.getClass(), e);
    }
  }
}
