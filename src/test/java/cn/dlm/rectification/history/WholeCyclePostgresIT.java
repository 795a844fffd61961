package cn.dlm.rectification.history;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link WholeCycleTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class WholeCyclePostgresIT extends WholeCycleTest {}
