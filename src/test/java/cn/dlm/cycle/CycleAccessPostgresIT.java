package cn.dlm.cycle;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link CycleAccessTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class CycleAccessPostgresIT extends CycleAccessTest {}
