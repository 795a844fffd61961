package cn.dlm.cycle;

import cn.dlm.platform.FeatureApi;
import java.util.List;
import java.util.Map;

/**
 * Last year's rectification items of a team (回头看), which a cycle shows from its start
 * ({@link CycleContract#PREVIOUS_RECTIFICATION}); the rectification feature provides them.
 */
@FeatureApi
public interface PreviousRectification {

  /** The items of the team's cycle of {@code year - 1} as plain lists and maps; empty in a team's first cycle. */
  List<Map<String, Object>> previousItems(String teamId, int year);
}
