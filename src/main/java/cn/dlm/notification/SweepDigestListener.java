package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;

/**
 * A port of the reminder sweep: told about each sweep's decisions inside the sweep's transaction, so that whatever
 * it queues exists exactly when the sweep's records and mails do. The work-group robots (群机器人) implement it.
 */
@FeatureApi
public interface SweepDigestListener {

  void swept(SweepDigest digest);

  /** Whether the listener wants this sweep's digest at all; the sweep builds none when nobody does. */
  default boolean listening() {
    return true;
  }
}
