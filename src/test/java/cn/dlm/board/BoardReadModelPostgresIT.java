package cn.dlm.board;

import cn.dlm.support.OnFreshPostgresDatabase;

/**
 * {@link BoardReadModelTest} on PostgreSQL: the read model's statements run inside the engine's transactions there
 * too (a failing one would abort the engine's work), and its rows still equal the engine's.
 */
@OnFreshPostgresDatabase
class BoardReadModelPostgresIT extends BoardReadModelTest {}
