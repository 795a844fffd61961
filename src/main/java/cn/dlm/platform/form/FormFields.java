package cn.dlm.platform.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a Camunda Form (a {@code .form} file, form-js schema) submits: its input fields by key. Static
 * components (text, table, image...) submit nothing and are left out; a dynamic list is one field whose rows hold
 * its child fields.
 */
final class FormFields {

  static final FormFields NONE = new FormFields(Map.of());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, FormField> fields;

  private FormFields(Map<String, FormField> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  static FormFields read(InputStream form) throws IOException {
    if (form == null) {
      return NONE;
    }
    try (form) {
      return new FormFields(collect(MAPPER.readTree(form).path("components")));
    }
  }

  static FormFields parse(String json) throws IOException {
    return new FormFields(collect(MAPPER.readTree(json).path("components")));
  }

  Map<String, FormField> all() {
    return fields;
  }

  FormField get(String key) {
    return fields.get(key);
  }

  private static Map<String, FormField> collect(JsonNode components) {
    Map<String, FormField> result = new LinkedHashMap<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String subtype = component.path("subtype").asText(null);
      boolean list = type.equals("dynamiclist") || (type.equals("group") && component.hasNonNull("path"));
      if (type.equals("group") && !list) {
        result.putAll(collect(component.path("components")));
        continue;
      }
      FieldKind kind = FieldKind.of(type, subtype);
      String key = list ? component.path("path").asText(null) : component.path("key").asText(null);
      if (kind == null || key == null || key.isBlank()) {
        continue;
      }
      Map<String, FormField> columns = list ? collect(component.path("components")) : Map.of();
      result.put(key, new FormField(key, kind, component.path("label").asText(null),
          isTrue(component.path("readonly")) || isTrue(component.path("disabled")), columns));
    }
    return result;
  }

  /** An expression ("=...") decides at run time; the user may then be able to write the field. */
  private static boolean isTrue(JsonNode flag) {
    return flag.isBoolean() && flag.booleanValue();
  }
}
