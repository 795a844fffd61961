package cn.dlm.platform.form;

import cn.dlm.support.OnFreshPostgresDatabase;

/** {@link LongTextSubmissionTest} on PostgreSQL. */
@OnFreshPostgresDatabase
class LongTextSubmissionPostgresIT extends LongTextSubmissionTest {}
