package cn.dlm.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Who has to act on the board's overdue steps, as the office reads it: the assignee (刘芳), else the candidate
 * groups and users (组织办). The names of all steps come from one user query and one group query, whatever the
 * number of teams. A step without assignee whose model names its candidates literally
 * ({@code candidateGroups="organizing-office"}) takes them from the model, read once per task definition; only
 * steps whose candidates are an expression have theirs looked up one by one (a candidate added by hand to a step
 * of the first kind is not shown).
 */
final class StepOwners {

  private record Candidate(String userId, String groupId) {}

  private StepOwners() {}

  /** The owner of each task by task id, names joined by "、". */
  static Map<String, String> of(Collection<BoardStore.TaskRow> tasks, TaskService taskService, IdentityService identityService,
      RepositoryService repositoryService) {
    Map<String, Optional<List<Candidate>>> modelled = new HashMap<>();
    Map<String, List<Candidate>> candidates = new HashMap<>();
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    for (BoardStore.TaskRow task : tasks) {
      List<Candidate> owners = new ArrayList<>();
      if (task.assignee() != null) {
        owners.add(new Candidate(task.assignee(), null));
      } else {
        owners.addAll(modelled.computeIfAbsent(task.processDefinitionId() + "#" + task.taskDefinitionKey(),
            key -> literalCandidates(repositoryService, task)).orElseGet(() -> linkedCandidates(taskService, task)));
      }
      owners.forEach(owner -> {
        if (owner.groupId() != null) {
          groupIds.add(owner.groupId());
        } else {
          userIds.add(owner.userId());
        }
      });
      candidates.put(task.taskId(), owners);
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

  /** The candidates written literally in the task's model, or empty when any of them is an expression. */
  private static Optional<List<Candidate>> literalCandidates(RepositoryService repositoryService,
      BoardStore.TaskRow task) {
    if (task.processDefinitionId() == null) {
      return Optional.empty();
    }
    UserTask model = repositoryService.getBpmnModelInstance(task.processDefinitionId())
        .getModelElementById(task.taskDefinitionKey());
    if (model == null) {
      return Optional.empty();
    }
    String groups = model.getCamundaCandidateGroups();
    String users = model.getCamundaCandidateUsers();
    if (isExpression(groups) || isExpression(users) || (blank(groups) && blank(users))) {
      return Optional.empty();
    }
    List<Candidate> found = new ArrayList<>();
    split(groups).forEach(group -> found.add(new Candidate(null, group)));
    split(users).forEach(user -> found.add(new Candidate(user, null)));
    return Optional.of(found);
  }

  private static List<Candidate> linkedCandidates(TaskService taskService, BoardStore.TaskRow task) {
    List<Candidate> found = new ArrayList<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.taskId())) {
      if (link.getGroupId() != null) {
        found.add(new Candidate(null, link.getGroupId()));
      } else if (link.getUserId() != null) {
        found.add(new Candidate(link.getUserId(), null));
      }
    }
    return found;
  }

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static List<String> split(String value) {
    return blank(value) ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty())
        .toList();
  }

  /** Family name first, no space (as cn.dlm.cycle.People names a user). */
  private static String displayName(User user) {
    String name = ((user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
