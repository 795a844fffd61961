package cn.dlm.notification;

import cn.dlm.platform.persistence.OwnTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sweep's record of every task it reminded or escalated, in {@code DLM_TASK_REMINDER} ({@code
 * db/reminder-schema.sql}). A table of our own rather than task variables: thousands of tasks are recorded in a few
 * batched statements, where a variable per task costs the engine a read of the task's execution and a scan of every
 * task written before it in the same command (docs/performance.md). Statements join the engine's transaction.
 */
@Component
class ReminderRecords {

  private static final String COLUMNS = "TASK_ID_, LAST_REMINDED_AT_, REMINDER_COUNT_, LAST_ESCALATED_AT_, "
      + "ESCALATION_COUNT_";

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;

  ReminderRecords(OwnTables tables, ManagementService managementService) {
    this.jdbc = tables.jdbc();
    this.managementService = managementService;
  }

  /** The records of the given tasks; a task never reminded nor escalated has none. */
  Map<String, ReminderRecord> of(Collection<String> taskIds) {
    Map<String, ReminderRecord> records = new HashMap<>();
    for (List<String> part : Parts.of(List.copyOf(taskIds), Parts.IDS_PER_STATEMENT)) {
      String marks = String.join(", ", part.stream().map(id -> "?").toList());
      jdbc.query("SELECT " + COLUMNS + " FROM DLM_TASK_REMINDER WHERE TASK_ID_ IN (" + marks + ")",
          (ResultSet row) -> {
            records.put(row.getString(1), record(row));
          }, part.toArray());
    }
    return records;
  }

  /**
   * Writes the new records, each replacing the one it was made from. A record that changed since it was read (a
   * sweep deciding at the same moment on another node) fails the whole transaction, with the mails it queued.
   */
  void save(Map<String, ReminderRecord> before, Map<String, ReminderRecord> after) {
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    after.forEach((taskId, record) -> {
      ReminderRecord old = before.getOrDefault(taskId, ReminderRecord.NONE);
      if (old.isNone()) {
        inserts.add(new Object[] {taskId, timestamp(record.lastRemindedAt()), record.reminderCount(),
            timestamp(record.lastEscalatedAt()), record.escalationCount()});
      } else {
        updates.add(new Object[] {timestamp(record.lastRemindedAt()), record.reminderCount(),
            timestamp(record.lastEscalatedAt()), record.escalationCount(), taskId, old.reminderCount(),
            old.escalationCount()});
      }
    });
    jdbc.batchUpdate("INSERT INTO DLM_TASK_REMINDER (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", inserts);
    int[] updated = jdbc.batchUpdate("UPDATE DLM_TASK_REMINDER SET LAST_REMINDED_AT_ = ?, REMINDER_COUNT_ = ?, "
        + "LAST_ESCALATED_AT_ = ?, ESCALATION_COUNT_ = ? WHERE TASK_ID_ = ? AND REMINDER_COUNT_ = ? "
        + "AND ESCALATION_COUNT_ = ?", updates);
    for (int count : updated) {
      if (count == 0) {
        throw new OptimisticLockingException("a reminder record changed while the sweep decided; it decides again");
      }
    }
  }

  /** Drops the records of tasks that are no longer open (completed, deleted, their instance ended). */
  int forgetClosedTasks() {
    return jdbc.update("DELETE FROM DLM_TASK_REMINDER WHERE NOT EXISTS (SELECT 1 FROM "
        + managementService.getTableName(TaskEntity.class) + " T WHERE T.ID_ = DLM_TASK_REMINDER.TASK_ID_)");
  }

  private static ReminderRecord record(ResultSet row) throws SQLException {
    return new ReminderRecord(date(row.getTimestamp(2)), row.getInt(3), date(row.getTimestamp(4)), row.getInt(5));
  }

  private static Date date(Timestamp at) {
    return at == null ? null : new Date(at.getTime());
  }

  private static Timestamp timestamp(Date at) {
    return at == null ? null : new Timestamp(at.getTime());
  }
}
