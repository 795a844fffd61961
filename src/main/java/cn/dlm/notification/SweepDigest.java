package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.Date;
import java.util.List;

/**
 * What one reminder sweep (催办巡检) decided, for features that pass it on beyond mail: the overdue tasks whose
 * owners it reminded now ({@code overdue}) and the tasks it escalated ({@code escalated}), each at most once a day.
 * {@code sweepId} identifies the decision (the sweep's process instance), stable over retries.
 */
@FeatureApi
public record SweepDigest(String sweepId, Date at, List<OverdueStep> overdue, List<OverdueStep> escalated) {

  public SweepDigest {
    overdue = List.copyOf(overdue);
    escalated = List.copyOf(escalated);
  }
}
