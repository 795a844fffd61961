package cn.dlm.notification;

import cn.dlm.platform.persistence.OwnTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The candidate users and groups of many committed tasks, read in one statement per {@value Parts#IDS_PER_STATEMENT}
 * tasks. The engine offers them only task by task (one query each), which made the reminder sweep's reading grow
 * with the overdue tasks (docs/performance.md). Read beside the engine's entity cache, inside the caller's
 * transaction: nothing read here can be written back.
 */
@Component
class TaskCandidates {

  record Candidates(List<String> users, List<String> groups) {
    static final Candidates NONE = new Candidates(List.of(), List.of());
  }

  private final JdbcTemplate jdbc;
  private final ManagementService managementService;

  TaskCandidates(OwnTables tables, ManagementService managementService) {
    this.jdbc = tables.jdbc();
    this.managementService = managementService;
  }

  /** Candidates per task id; a task without any is missing from the map. */
  Map<String, Candidates> of(List<String> taskIds) {
    Map<String, List<String>> users = new HashMap<>();
    Map<String, List<String>> groups = new HashMap<>();
    String table = managementService.getTableName(IdentityLinkEntity.class);
    for (List<String> part : Parts.of(taskIds, Parts.IDS_PER_STATEMENT)) {
      List<Object> arguments = new ArrayList<>(part);
      arguments.add(0, IdentityLinkType.CANDIDATE);
      String sql = "select TASK_ID_, USER_ID_, GROUP_ID_ from " + table + " where TYPE_ = ? and TASK_ID_ in ("
          + part.stream().map(id -> "?").collect(Collectors.joining(",")) + ") order by ID_";
      jdbc.query(sql, row -> {
        String taskId = row.getString(1);
        String userId = row.getString(2);
        String groupId = row.getString(3);
        if (userId != null) {
          users.computeIfAbsent(taskId, key -> new ArrayList<>()).add(userId);
        } else if (groupId != null) {
          groups.computeIfAbsent(taskId, key -> new ArrayList<>()).add(groupId);
        }
      }, arguments.toArray());
    }
    Map<String, Candidates> candidates = new HashMap<>();
    for (String taskId : taskIds) {
      if (users.containsKey(taskId) || groups.containsKey(taskId)) {
        candidates.put(taskId, new Candidates(List.copyOf(users.getOrDefault(taskId, List.of())),
            List.copyOf(groups.getOrDefault(taskId, List.of()))));
      }
    }
    return candidates;
  }
}
