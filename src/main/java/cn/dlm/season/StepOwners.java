package cn.dlm.season;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Who has to act on the board's overdue steps, as the office reads it: the assignee (刘芳), else the candidate
 * groups and users (组织办). The names of all steps come from one user query and one group query, whatever the
 * number of teams; only a step without assignee needs its own look-up of its candidates.
 */
final class StepOwners {

  private record Candidate(String userId, String groupId) {}

  private StepOwners() {}

  /** The owner of each task by task id, names joined by "、". */
  static Map<String, String> of(Collection<Task> tasks, TaskService taskService, IdentityService identityService) {
    Map<String, List<Candidate>> candidates = new HashMap<>();
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    for (Task task : tasks) {
      List<Candidate> owners = new ArrayList<>();
      if (task.getAssignee() != null) {
        owners.add(new Candidate(task.getAssignee(), null));
      } else {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
          if (link.getGroupId() != null || link.getUserId() != null) {
            owners.add(new Candidate(link.getGroupId() == null ? link.getUserId() : null, link.getGroupId()));
          }
        }
      }
      owners.forEach(owner -> {
        if (owner.groupId() != null) {
          groupIds.add(owner.groupId());
        } else {
          userIds.add(owner.userId());
        }
      });
      candidates.put(task.getId(), owners);
    }
    Map<String, String> userNames = new HashMap<>();
    if (!userIds.isEmpty()) {
      identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()
          .forEach(user -> userNames.put(user.getId(), displayName(user)));
    }
    Map<String, String> groupNames = new HashMap<>();
    if (!groupIds.isEmpty()) {
      identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
          .forEach(group -> groupNames.put(group.getId(), group.getName() == null ? group.getId() : group.getName()));
    }
    Map<String, String> owners = new HashMap<>();
    candidates.forEach((taskId, list) -> owners.put(taskId, String.join("、", list.stream()
        .map(owner -> owner.groupId() != null ? groupNames.getOrDefault(owner.groupId(), owner.groupId())
            : userNames.getOrDefault(owner.userId(), owner.userId()))
        .toList())));
    return owners;
  }

  /** Family name first, no space (as cn.dlm.cycle.People names a user). */
  private static String displayName(User user) {
    String name = ((user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
