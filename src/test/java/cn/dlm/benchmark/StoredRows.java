package cn.dlm.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Rows the engine keeps for the work done: history tables and byte arrays (variables stored as bytes),
 * the volume each completion writes and that stays. Runtime tables are near empty after a season.
 */
final class StoredRows {

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG",
      "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_INCIDENT", "ACT_GE_BYTEARRAY");

  private StoredRows() {}

  /** Rows per table, and their sum under "total". */
  static Map<String, Long> count(DataSource dataSource) {
    Map<String, Long> rows = new LinkedHashMap<>();
    long total = 0;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          result.next();
          rows.put(table, result.getLong(1));
          total += result.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count rows: " + e.getMessage(), e);
    }
    rows.put("total", total);
    return rows;
  }

  /** Rows per table in {@code after} beyond those in {@code before}. */
  static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
    Map<String, Long> rows = new LinkedHashMap<>();
    after.forEach((table, count) -> rows.put(table, count - before.getOrDefault(table, 0L)));
    return rows;
  }
}
