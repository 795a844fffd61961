package cn.dlm.rectification.domain;

import cn.dlm.cycle.CycleContract;
import java.util.Map;

/**
 * Where a problem was found. The codes are those of {@code rectificationCandidates.source}
 * (see docs/process-variables.md) plus {@code plan} for an item added while drafting the plan.
 */
public final class ItemSource {

  public static final String TEAM_MATERIAL = CycleContract.SOURCE_TEAM_MATERIAL;
  public static final String MEMBER_MATERIAL = CycleContract.SOURCE_MEMBER_MATERIAL;
  public static final String OPINION = CycleContract.SOURCE_OPINION;
  public static final String CRITICISM = CycleContract.SOURCE_CRITICISM;
  public static final String PLAN = "plan";

  private static final Map<String, String> LABELS = Map.of(
      TEAM_MATERIAL, "班子对照检查材料",
      MEMBER_MATERIAL, "个人对照检查材料",
      OPINION, "征求意见",
      CRITICISM, "批评意见",
      PLAN, "整改方案新增");

  private ItemSource() {}

  public static boolean isKnown(String code) {
    return code != null && LABELS.containsKey(code);
  }

  /** The Chinese name of a source code; unknown codes are shown as they are. */
  public static String label(String code) {
    if (code == null || code.isBlank()) {
      return LABELS.get(PLAN);
    }
    return LABELS.getOrDefault(code, code);
  }
}
