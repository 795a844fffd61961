package cn.dlm.notification;

import cn.dlm.cycle.CycleContract;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads open tasks with everything the reminders need; called inside an engine command. */
@Component
class OpenTasks {

  static final List<String> CYCLE_VARIABLES = List.of(CycleContract.TEAM_ID, CycleContract.TEAM_NAME, CycleContract.YEAR,
      CycleContract.THEME);
  /**
   * Why a task came back to its author (退回修改意见), an input of the task's own activity: {@code returnComment} of
   * a returned draft, plan or report, {@code itemReturnComment} of a returned rectification item (a name of its own,
   * as every participant reads an item's variables but not the supervisors' comment on the report).
   */
  static final List<String> RETURN_COMMENTS = List.of("returnComment", "itemReturnComment");
  static final List<String> RECORD_VARIABLES = List.of(ReminderRecord.LAST_REMINDED_AT,
      ReminderRecord.REMINDER_COUNT, ReminderRecord.LAST_ESCALATED_AT, ReminderRecord.ESCALATION_COUNT);

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final List<String> variableNames;
  private final String[] queriedNames;

  public OpenTasks(TaskService taskService, RuntimeService runtimeService, ReminderProperties properties) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    Set<String> names = new LinkedHashSet<>(CYCLE_VARIABLES);
    names.addAll(RETURN_COMMENTS);
    names.addAll(properties.escalationUserVariables());
    this.variableNames = List.copyOf(names);
    names.addAll(RECORD_VARIABLES);
    this.queriedNames = names.toArray(String[]::new);
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
   * The task's candidates from the entity the query loaded, its variables from one variable query: the
   * job that reads them never loads the execution the task belongs to, so it can never write it back
   * and collide with the owner completing the task at the same moment (docs/performance.md). A variable
   * of the task itself counts before one of its process instance.
   */
  private OpenTask snapshot(Task task) {
    List<String> candidateUsers = new ArrayList<>();
    List<String> candidateGroups = new ArrayList<>();
    // The engine's entity, not TaskService#getIdentityLinksForTask: that loads the execution (OpenTasksReadOnlyTest).
    for (IdentityLink link : ((TaskEntity) task).getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          candidateUsers.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          candidateGroups.add(link.getGroupId());
        }
      }
    }
    Map<String, Object> local = new HashMap<>();
    Map<String, Object> instance = new HashMap<>();
    for (VariableInstance variable : variablesOf(task)) {
      (task.getId().equals(variable.getTaskId()) ? local : instance).put(variable.getName(), variable.getValue());
    }
    Map<String, Object> variables = new HashMap<>();
    for (String name : variableNames) {
      Object value = local.containsKey(name) ? local.get(name) : instance.get(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    return new OpenTask(task.getId(), task.getName(), task.getDescription(), task.getDueDate(), task.getAssignee(),
        List.copyOf(candidateUsers), List.copyOf(candidateGroups), variables, ReminderRecord.of(local));
  }

  /**
   * The variables of the task, of its own activity and of its process instance's root scope, nothing from other
   * scopes.
   */
  private List<VariableInstance> variablesOf(Task task) {
    VariableInstanceQuery query = runtimeService.createVariableInstanceQuery().variableNameIn(queriedNames);
    String instance = task.getProcessInstanceId();
    return (instance == null ? query.taskIdIn(task.getId())
        : query.processInstanceIdIn(instance).variableScopeIdIn(variableScopes(task))).list();
  }

  private static String[] variableScopes(Task task) {
    String instance = task.getProcessInstanceId();
    String execution = task.getExecutionId();
    return execution == null || execution.equals(instance) ? new String[] {task.getId(), instance}
        : new String[] {task.getId(), execution, instance};
  }
}
