package cn.dlm.rectification.history;

import cn.dlm.cycle.PreviousRectification;
import cn.dlm.rectification.domain.LedgerJson;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Last year's items of a team (回头看) for the first agenda point of this year's meeting: the
 * items of the cycle {@code <teamId>-<year-1>} with their final state, or as they stand if that
 * cycle is still running; empty in a team's first cycle.
 */
@Component("carryOver")
class CarryOver implements PreviousRectification {

  private final CycleHistory history;

  public CarryOver(CycleHistory history) {
    this.history = history;
  }

  @Override
  public List<Map<String, Object>> previousItems(String teamId, int year) {
    return LedgerJson.plain(history.cycle(teamId, year - 1).map(CycleRecord::items).orElse(List.of()));
  }
}
