package cn.dlm.board;

import cn.dlm.platform.persistence.OwnTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The county board's read model (民主生活会总览), two tables of our own beside the engine's: one row per cycle
 * ({@code DLM_BOARD_CYCLE}: business key, year, state, team, phase, meeting day, withdrawal, rectification counts)
 * and one per open task of a process tree ({@code DLM_BOARD_TASK}: its root instance and year, name, owner, due
 * date). Written in the engine's own transaction ({@link BoardRecorder}), so every node sharing the database reads
 * the same. The tables are {@code db/board-schema.sql}, created at start by the platform's {@link OwnTables}
 * (docs/operations.md).
 */
@Component
class BoardStore {

  /** A cycle's row; counts are null where no rectification summary was recorded. */
  record CycleRow(String processInstanceId, String businessKey, Integer year, Date started, String state,
      String teamId, String teamName, String phase, String meetingDay, String withdrawal, Integer rectificationOpen,
      Integer rectificationOverdue, Integer rectificationClosed, Integer rectificationCarriedOver) {}

  record TaskRow(String taskId, String cycleId, String processDefinitionId, String taskDefinitionKey, String name,
      String assignee, Date dueDate) {}

  /** The variable-backed columns a single change may set. */
  enum Column {
    TEAM_ID("TEAM_ID_"), TEAM_NAME("TEAM_NAME_"), PHASE("PHASE_"), MEETING_DAY("MEETING_DAY_"),
    WITHDRAWAL("WITHDRAWAL_");

    final String sql;

    Column(String sql) {
      this.sql = sql;
    }
  }

  static final String RECTIFICATION_PROCESS = "rectification";
  static final String CYCLE_ITSELF = "cycle";

  private static final String YEAR_OF_CYCLE = "SELECT YEAR_ FROM DLM_BOARD_CYCLE WHERE PROC_INST_ID_ = ?";
  private static final String CYCLE_COLUMNS = "PROC_INST_ID_, BUSINESS_KEY_, YEAR_, STARTED_, STATE_, TEAM_ID_, "
      + "TEAM_NAME_, PHASE_, MEETING_DAY_, WITHDRAWAL_, RECT_OPEN_, RECT_OVERDUE_, RECT_CLOSED_, RECT_CARRIED_OVER_";

  private final JdbcTemplate jdbc;

  BoardStore(OwnTables tables) {
    this.jdbc = tables.jdbc();
  }

  // --- written by the engine's transactions (BoardRecorder) and by the backfill

  void instance(String processInstanceId, String businessKey, Integer year, Date started, String state) {
    if (jdbc.update("UPDATE DLM_BOARD_CYCLE SET BUSINESS_KEY_ = ?, YEAR_ = ?, STARTED_ = ?, STATE_ = ? "
        + "WHERE PROC_INST_ID_ = ?", businessKey, year, timestamp(started), state, processInstanceId) == 0) {
      jdbc.update("INSERT INTO DLM_BOARD_CYCLE (PROC_INST_ID_, BUSINESS_KEY_, YEAR_, STARTED_, STATE_) "
          + "VALUES (?, ?, ?, ?, ?)", processInstanceId, businessKey, year, timestamp(started), state);
    }
  }

  void value(String processInstanceId, Column column, String value) {
    if (jdbc.update("UPDATE DLM_BOARD_CYCLE SET " + column.sql + " = ? WHERE PROC_INST_ID_ = ?", value,
        processInstanceId) == 0) {
      jdbc.update("INSERT INTO DLM_BOARD_CYCLE (PROC_INST_ID_, " + column.sql + ") VALUES (?, ?)", processInstanceId,
          value);
    }
  }

  /**
   * The rectification counts (整改事项) as {@code source} recorded them: the rectification process's own summary
   * wins over the copy the cycle keeps.
   */
  void rectification(String processInstanceId, String source, int open, int overdue, int closed, int carriedOver) {
    String unlessRectificationRecorded = RECTIFICATION_PROCESS.equals(source) ? ""
        : " AND (RECT_SOURCE_ IS NULL OR RECT_SOURCE_ <> '" + RECTIFICATION_PROCESS + "')";
    int updated = jdbc.update("UPDATE DLM_BOARD_CYCLE SET RECT_OPEN_ = ?, RECT_OVERDUE_ = ?, RECT_CLOSED_ = ?, "
        + "RECT_CARRIED_OVER_ = ?, RECT_SOURCE_ = ? WHERE PROC_INST_ID_ = ?" + unlessRectificationRecorded, open, overdue,
        closed, carriedOver, source, processInstanceId);
    if (updated == 0 && !exists(processInstanceId)) {
      jdbc.update("INSERT INTO DLM_BOARD_CYCLE (PROC_INST_ID_, RECT_OPEN_, RECT_OVERDUE_, RECT_CLOSED_, "
          + "RECT_CARRIED_OVER_, RECT_SOURCE_) VALUES (?, ?, ?, ?, ?, ?)", processInstanceId, open, overdue, closed,
          carriedOver, source);
    }
  }

  /** A task's row, with the year of its cycle's row (a task is created after its cycle's start). */
  void openTask(TaskRow task) {
    if (jdbc.update("UPDATE DLM_BOARD_TASK SET CYCLE_ID_ = ?, PROC_DEF_ID_ = ?, TASK_DEF_KEY_ = ?, NAME_ = ?, "
        + "ASSIGNEE_ = ?, DUE_ = ?, YEAR_ = (" + YEAR_OF_CYCLE + ") WHERE TASK_ID_ = ?", task.cycleId(),
        task.processDefinitionId(), task.taskDefinitionKey(), task.name(), task.assignee(), timestamp(task.dueDate()),
        task.cycleId(), task.taskId()) == 0) {
      jdbc.update("INSERT INTO DLM_BOARD_TASK (TASK_ID_, CYCLE_ID_, PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, DUE_, "
          + "YEAR_) VALUES (?, ?, ?, ?, ?, ?, ?, (" + YEAR_OF_CYCLE + "))", task.taskId(), task.cycleId(),
          task.processDefinitionId(), task.taskDefinitionKey(), task.name(), task.assignee(),
          timestamp(task.dueDate()), task.cycleId());
    }
  }

  void endedTask(String taskId) {
    jdbc.update("DELETE FROM DLM_BOARD_TASK WHERE TASK_ID_ = ?", taskId);
  }

  // --- the backfill's, outside the engine's transactions: another node may fill the same row at once

  /** Ids of the cycles whose row was started by the cycle's own start (not only by a later change). */
  Set<String> recordedCycles() {
    return new HashSet<>(jdbc.queryForList("SELECT PROC_INST_ID_ FROM DLM_BOARD_CYCLE WHERE BUSINESS_KEY_ IS NOT NULL",
        String.class));
  }

  void fill(CycleRow row, List<TaskRow> openTasks) {
    retryOnce(() -> instance(row.processInstanceId(), row.businessKey(), row.year(), row.started(), row.state()));
    retryOnce(() -> jdbc.update("UPDATE DLM_BOARD_CYCLE SET TEAM_ID_ = ?, TEAM_NAME_ = ?, PHASE_ = ?, MEETING_DAY_ = ?, "
        + "WITHDRAWAL_ = ?, RECT_OPEN_ = ?, RECT_OVERDUE_ = ?, RECT_CLOSED_ = ?, RECT_CARRIED_OVER_ = ?, "
        + "RECT_SOURCE_ = ? WHERE PROC_INST_ID_ = ?", row.teamId(), row.teamName(), row.phase(), row.meetingDay(),
        row.withdrawal(), row.rectificationOpen(), row.rectificationOverdue(), row.rectificationClosed(),
        row.rectificationCarriedOver(), row.rectificationOpen() == null ? null : RECTIFICATION_PROCESS,
        row.processInstanceId()));
    openTasks.forEach(task -> retryOnce(() -> openTask(task)));
  }

  private static void retryOnce(Runnable write) {
    try {
      write.run();
    } catch (DuplicateKeyException insertedMeanwhile) {
      write.run();
    }
  }

  private boolean exists(String processInstanceId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM DLM_BOARD_CYCLE WHERE PROC_INST_ID_ = ?", Integer.class,
        processInstanceId);
    return count != null && count > 0;
  }

  // --- read by the board

  /** The cycles of the year, oldest start first. */
  List<CycleRow> cycles(int year) {
    return jdbc.query("SELECT " + CYCLE_COLUMNS + " FROM DLM_BOARD_CYCLE WHERE YEAR_ = ? ORDER BY STARTED_, "
        + "PROC_INST_ID_", BoardStore::cycleRow, year);
  }

  /** The open tasks of every process tree whose root is a cycle of the year. */
  List<TaskRow> openTasks(int year) {
    return jdbc.query("SELECT TASK_ID_, CYCLE_ID_, PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, DUE_ "
        + "FROM DLM_BOARD_TASK WHERE YEAR_ = ?",
        (rs, n) -> new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), date(rs.getTimestamp(7))), year);
  }

  private static CycleRow cycleRow(ResultSet rs, int n) throws SQLException {
    return new CycleRow(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
        date(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getString(10), rs.getObject(11, Integer.class), rs.getObject(12, Integer.class),
        rs.getObject(13, Integer.class), rs.getObject(14, Integer.class));
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  private static Date date(Timestamp timestamp) {
    return timestamp == null ? null : new Date(timestamp.getTime());
  }
}
