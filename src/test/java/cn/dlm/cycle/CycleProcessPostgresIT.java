package cn.dlm.cycle;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link CycleProcessTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class CycleProcessPostgresIT extends CycleProcessTest {}
