package cn.dlm.rectification.domain;

import cn.dlm.platform.form.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ledger's process variables read as its own types (items, summary, report), whatever form a variable arrives
 * in ({@link JsonValues#tree}); they are written with {@link JsonValues#json}.
 */
public final class LedgerJson {

  public static final String DATE = "yyyy-MM-dd";
  public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

  private static final ObjectMapper MAPPER = JsonValues.MAPPER;

  private LedgerJson() {}

  /** The variable as a Jackson tree; a missing node for null. */
  public static JsonNode tree(Object value) {
    return JsonValues.tree(value);
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
}
