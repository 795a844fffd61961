package cn.dlm.ledger;

import cn.dlm.platform.form.JsonValues;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Last year's items of a team (回头看) for the first agenda point of this year's meeting: the
 * items of the cycle {@code <teamId>-<year-1>} with their final state, or as they stand if that
 * cycle is still running; empty in a team's first cycle.
 */
@Component("carryOver")
public class CarryOver {

  private final CycleHistory history;

  public CarryOver(CycleHistory history) {
    this.history = history;
  }

  public List<Map<String, Object>> previousItems(String teamId, int year) {
    return LedgerJson.plain(items(teamId, year));
  }

  /** The same as a Json variable value: {@code ${carryOver.previousItemsJson(teamId, year)}}. */
  public JsonValue previousItemsJson(String teamId, int year) {
    return JsonValues.json(items(teamId, year));
  }

  private List<RectificationItem> items(String teamId, int year) {
    return history.cycle(teamId, year - 1).map(CycleRecord::items).orElse(List.of());
  }
}
