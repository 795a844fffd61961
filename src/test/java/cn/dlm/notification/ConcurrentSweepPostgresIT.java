package cn.dlm.notification;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link ConcurrentSweepTest} on PostgreSQL, whose locking decides which of two sweeps wins. */
@OnFreshPostgresDatabase
class ConcurrentSweepPostgresIT extends ConcurrentSweepTest {}
