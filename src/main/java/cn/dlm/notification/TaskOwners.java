package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Who a task belongs to, and who hears about it when it is long overdue. */
@Component
class TaskOwners {

  private final Function<String, List<String>> groupMembers;
  private final Function<String, List<String>> groupsOf;
  private final ReminderProperties properties;

  @Autowired
  public TaskOwners(PeopleDirectory directory, ReminderProperties properties) {
    this(directory::memberIds, directory::groupIds, properties);
  }

  TaskOwners(Function<String, List<String>> groupMembers, Function<String, List<String>> groupsOf,
      ReminderProperties properties) {
    this.groupMembers = groupMembers;
    this.groupsOf = groupsOf;
    this.properties = properties;
  }

  /** The assignee; without one, the candidate users and every member of the candidate groups. */
  public List<String> owners(OpenTask task) {
    if (task.assignee() != null) {
      return List.of(task.assignee());
    }
    Set<String> owners = new LinkedHashSet<>(task.candidateUsers());
    task.candidateGroups().forEach(group -> owners.addAll(groupMembers.apply(group)));
    return List.copyOf(owners);
  }

  /** Whether the task is still {@code userId}'s: assigned to him or her, or open to him or her to claim. */
  public boolean belongsTo(OpenTask task, String userId) {
    if (task.assignee() != null) {
      return task.assignee().equals(userId);
    }
    return task.candidateUsers().contains(userId)
        || groupsOf.apply(userId).stream().anyMatch(task.candidateGroups()::contains);
  }

  /** Members of the escalation groups and the users named by the escalation variables, owners excluded. */
  public List<String> escalationTargets(OpenTask task, List<String> owners) {
    Set<String> targets = new LinkedHashSet<>();
    properties.escalationGroups().forEach(group -> targets.addAll(groupMembers.apply(group)));
    for (String variable : properties.escalationUserVariables()) {
      if (task.variable(variable) instanceof String userId && !userId.isBlank()) {
        targets.add(userId);
      }
    }
    owners.forEach(targets::remove);
    return List.copyOf(targets);
  }
}
