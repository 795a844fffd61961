package cn.dlm.reminder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads open tasks with everything the reminders need; called inside an engine command. */
@Component
public class OpenTasks {

  static final List<String> CYCLE_VARIABLES = List.of("teamName", "year", "theme");
  static final List<String> RECORD_VARIABLES = List.of(ReminderRecord.LAST_REMINDED_AT,
      ReminderRecord.REMINDER_COUNT, ReminderRecord.LAST_ESCALATED_AT, ReminderRecord.ESCALATION_COUNT);

  private final TaskService taskService;
  private final List<String> variableNames;

  public OpenTasks(TaskService taskService, ReminderProperties properties) {
    this.taskService = taskService;
    Set<String> names = new LinkedHashSet<>(CYCLE_VARIABLES);
    names.addAll(properties.escalationUserVariables());
    this.variableNames = List.copyOf(names);
  }

  /** Active tasks due before {@code limit}, earliest first. Tasks without a due date never appear. */
  public List<OpenTask> dueBefore(Date limit) {
    return taskService.createTaskQuery().active().dueBefore(limit).orderByDueDate().asc().list().stream()
        .map(this::snapshot).toList();
  }

  public Optional<OpenTask> find(String taskId) {
    return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()).map(this::snapshot);
  }

  /** The tasks among {@code taskIds} that are still open, earliest due first. */
  public List<OpenTask> find(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    List<OpenTask> tasks = new ArrayList<>(taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
        .list().stream().map(this::snapshot).toList());
    tasks.sort(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return tasks;
  }

  /**
   * Reads the task's links and variables from the entity the query loaded, inside the caller's command
   * (the sweep's or a mail's job): no further commands, and no failure when another node completes the
   * task meanwhile and its execution is gone — the task then shows what it still has of its own.
   */
  private OpenTask snapshot(Task task) {
    TaskEntity entity = (TaskEntity) task;
    List<String> candidateUsers = new ArrayList<>();
    List<String> candidateGroups = new ArrayList<>();
    for (IdentityLink link : entity.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          candidateUsers.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          candidateGroups.add(link.getGroupId());
        }
      }
    }
    Map<String, Object> variables = new HashMap<>();
    for (String name : variableNames) {
      Object value = entity.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    Map<String, Object> recorded = new HashMap<>();
    for (String name : RECORD_VARIABLES) {
      recorded.put(name, entity.getVariableLocal(name));
    }
    ReminderRecord record = ReminderRecord.of(recorded);
    return new OpenTask(task.getId(), task.getName(), task.getDescription(), task.getDueDate(), task.getAssignee(),
        List.copyOf(candidateUsers), List.copyOf(candidateGroups), variables, record);
  }
}
