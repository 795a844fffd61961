package cn.dlm.robot;

import cn.dlm.platform.persistence.OwnTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups' robots, in a table of our own ({@code DLM_GROUP_ROBOT}, created at start when missing) and nowhere
 * else: no process variable, history row or log line holds an address or a secret. Posts name the group only and
 * read its robot when they are sent.
 */
@Component
class RobotStore {

  static final String TABLE = "DLM_GROUP_ROBOT";

  private final JdbcTemplate jdbc;

  RobotStore(OwnTables tables) {
    this.jdbc = tables.jdbc();
  }

  Optional<GroupRobot> find(String groupId) {
    return jdbc.query("SELECT * FROM " + TABLE + " WHERE GROUP_ID_ = ?", RobotStore::robot, groupId).stream()
        .findFirst();
  }

  boolean any() {
    return !jdbc.queryForList("SELECT GROUP_ID_ FROM " + TABLE + " FETCH FIRST 1 ROWS ONLY", String.class).isEmpty();
  }

  List<GroupRobot> all() {
    return jdbc.query("SELECT * FROM " + TABLE + " ORDER BY GROUP_ID_", RobotStore::robot);
  }

  void save(GroupRobot robot) {
    Timestamp at = new Timestamp(robot.updatedAt().getTime());
    int updated = jdbc.update("UPDATE " + TABLE + " SET KIND_ = ?, WEBHOOK_ = ?, SECRET_ = ?, UPDATED_BY_ = ?, "
        + "UPDATED_AT_ = ? WHERE GROUP_ID_ = ?", robot.kind().name(), robot.webhook(), robot.secret(),
        robot.updatedBy(), at, robot.groupId());
    if (updated == 0) {
      jdbc.update("INSERT INTO " + TABLE + " (GROUP_ID_, KIND_, WEBHOOK_, SECRET_, UPDATED_BY_, UPDATED_AT_) "
          + "VALUES (?, ?, ?, ?, ?, ?)", robot.groupId(), robot.kind().name(), robot.webhook(), robot.secret(),
          robot.updatedBy(), at);
    }
  }

  boolean delete(String groupId) {
    return jdbc.update("DELETE FROM " + TABLE + " WHERE GROUP_ID_ = ?", groupId) > 0;
  }

  private static GroupRobot robot(ResultSet row, int index) throws SQLException {
    Timestamp at = row.getTimestamp("UPDATED_AT_");
    return new GroupRobot(row.getString("GROUP_ID_"), RobotKind.valueOf(row.getString("KIND_")),
        row.getString("WEBHOOK_"), row.getString("SECRET_"), row.getString("UPDATED_BY_"),
        at == null ? null : new Date(at.getTime()));
  }
}
