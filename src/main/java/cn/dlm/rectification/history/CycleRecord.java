package cn.dlm.rectification.history;

import cn.dlm.cycle.CycleContract;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import java.util.List;
import java.util.Map;

/** One cycle (one team, one year) as read from history: its variables and its ledger items. */
public record CycleRecord(String teamId, String teamName, int year, Map<String, Object> variables,
    List<RectificationItem> items) {

  static CycleRecord of(String teamId, int year, Map<String, Object> variables, List<RectificationItem> items) {
    Object teamName = variables.get(CycleContract.TEAM_NAME);
    return new CycleRecord(teamId, teamName == null ? teamId : teamName.toString(), year, variables, items);
  }

  /** From a business key {@code <teamId>-<year>} when the variables do not say otherwise. */
  static CycleRecord of(String businessKey, Map<String, Object> variables, List<RectificationItem> items) {
    int dash = businessKey.lastIndexOf('-');
    String teamId = variables.get(CycleContract.TEAM_ID) instanceof String id ? id
        : dash > 0 ? businessKey.substring(0, dash) : businessKey;
    int year = variables.get(CycleContract.YEAR) instanceof Number number ? number.intValue() : yearOf(businessKey, dash);
    return of(teamId, year, variables, items);
  }

  public LedgerSummary summary() {
    return LedgerSummary.of(items);
  }

  public Object variable(String name) {
    return variables.get(name);
  }

  private static int yearOf(String businessKey, int dash) {
    try {
      return Integer.parseInt(businessKey.substring(dash + 1));
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
