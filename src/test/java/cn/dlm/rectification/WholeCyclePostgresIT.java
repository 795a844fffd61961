package cn.dlm.rectification;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link WholeCycleTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class WholeCyclePostgresIT extends WholeCycleTest {}
