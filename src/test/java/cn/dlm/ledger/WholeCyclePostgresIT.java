package cn.dlm.ledger;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link WholeCycleTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class WholeCyclePostgresIT extends WholeCycleTest {}
