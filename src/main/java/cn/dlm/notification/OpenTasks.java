package cn.dlm.notification;

import cn.dlm.cycle.CycleContract;
import cn.dlm.notification.TaskCandidates.Candidates;
import cn.dlm.platform.engine.ReadsApart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
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


  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TaskCandidates taskCandidates;
  private final ReminderRecords reminderRecords;
  private final ReadsApart reads;
  private final List<String> variableNames;
  private final String[] queriedNames;
  private final ThreadLocal<ReadAhead> readAhead = new ThreadLocal<>();

  /** Tasks read in one go for the work on this thread: the ids asked for, and those of them still open. */
  private record ReadAhead(Set<String> ids, Map<String, OpenTask> open) {}

  public OpenTasks(TaskService taskService, RuntimeService runtimeService, TaskCandidates taskCandidates,
      ReminderRecords reminderRecords, ReadsApart reads, ReminderProperties properties) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.taskCandidates = taskCandidates;
    this.reminderRecords = reminderRecords;
    this.reads = reads;
    Set<String> names = new LinkedHashSet<>(CYCLE_VARIABLES);
    names.addAll(RETURN_COMMENTS);
    names.addAll(properties.escalationUserVariables());
    this.variableNames = List.copyOf(names);
    this.queriedNames = names.toArray(String[]::new);
  }

  /**
   * Active tasks due before {@code limit}, earliest first. Tasks without a due date never appear. A city has tens of
   * thousands of them: they are read in pages of {@value Parts#IDS_PER_STATEMENT}, each in a command of its own, so the
   * caller's command never holds the engine's entities of all of them at once.
   */
  public List<OpenTask> dueBefore(Date limit) {
    List<String> ids = reads.read(() -> taskService.createTaskQuery().active().dueBefore(limit).orderByDueDate().asc()
        .list().stream().map(Task::getId).toList());
    List<OpenTask> tasks = new ArrayList<>();
    for (List<String> page : Parts.of(ids, Parts.IDS_PER_STATEMENT)) {
      tasks.addAll(reads.read(() -> find(page)));
    }
    tasks.sort(Comparator.comparing(OpenTask::due));
    return tasks;
  }

  /**
   * Runs {@code work} with the given tasks read in one go: {@link #find} of any of them inside it answers from that
   * read instead of three queries per call (the fifty mails of a batch list hundreds of tasks).
   */
  public void readingAhead(Collection<String> taskIds, Runnable work) {
    ReadAhead outer = readAhead.get();
    Map<String, OpenTask> open = new HashMap<>();
    List<String> ids = taskIds.stream().distinct().toList();
    Parts.of(ids, Parts.IDS_PER_STATEMENT).forEach(part -> find(part).forEach(task -> open.put(task.id(), task)));
    readAhead.set(new ReadAhead(Set.copyOf(taskIds), open));
    try {
      work.run();
    } finally {
      readAhead.set(outer);
    }
  }

  public Optional<OpenTask> find(String taskId) {
    ReadAhead ahead = readAhead.get();
    if (ahead != null && ahead.ids().contains(taskId)) {
      return Optional.ofNullable(ahead.open().get(taskId));
    }
    return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult()).map(this::snapshot);
  }

  /** The tasks among {@code taskIds} that are still open, earliest due first. */
  public List<OpenTask> find(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    ReadAhead ahead = readAhead.get();
    List<OpenTask> tasks = ahead != null && ahead.ids().containsAll(taskIds)
        ? new ArrayList<>(taskIds.stream().distinct().map(ahead.open()::get).filter(Objects::nonNull).toList())
        : new ArrayList<>(snapshots(taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list()));
    tasks.sort(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return tasks;
  }

  /**
   * The tasks' candidates and variables in a few statements for all of them, not two per task (the reminder sweep
   * reads thousands): the job that reads them never loads the executions the tasks belong to, so it can never
   * write one back and collide with an owner completing a task at the same moment (docs/performance.md).
   */
  private List<OpenTask> snapshots(List<Task> tasks) {
    List<String> taskIds = tasks.stream().map(Task::getId).toList();
    Map<String, Candidates> candidates = taskCandidates.of(taskIds);
    Map<String, ReminderRecord> records = reminderRecords.of(taskIds);
    List<String> scopes = tasks.stream().flatMap(task -> variableScopes(task).stream()).distinct().toList();
    Map<String, Map<String, Object>> variables = variablesByScope(scopes);
    return tasks.stream().map(task -> snapshot(task, candidates.getOrDefault(task.getId(), Candidates.NONE),
        variables, records.getOrDefault(task.getId(), ReminderRecord.NONE))).toList();
  }

  /** One task, maybe created in this very transaction: its candidates from the entity the query loaded. */
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
    return snapshot(task, new Candidates(List.copyOf(candidateUsers), List.copyOf(candidateGroups)),
        variablesByScope(variableScopes(task)),
        reminderRecords.of(List.of(task.getId())).getOrDefault(task.getId(), ReminderRecord.NONE));
  }

  /** A variable of the task itself counts before one of its activity, which counts before one of its instance. */
  private OpenTask snapshot(Task task, Candidates candidates, Map<String, Map<String, Object>> variablesByScope,
      ReminderRecord record) {
    List<Map<String, Object>> scopes = variableScopes(task).stream()
        .map(scope -> variablesByScope.getOrDefault(scope, Map.of())).toList();
    Map<String, Object> variables = new HashMap<>();
    for (String name : variableNames) {
      scopes.stream().filter(scope -> scope.containsKey(name)).findFirst().map(scope -> scope.get(name))
          .ifPresent(value -> variables.put(name, value));
    }
    return new OpenTask(task.getId(), task.getName(), task.getDescription(), task.getDueDate(), task.getAssignee(),
        candidates.users(), candidates.groups(), variables, record);
  }

  /** The queried variables of the given scopes (tasks, executions, process instances): name to value per scope. */
  private Map<String, Map<String, Object>> variablesByScope(List<String> scopes) {
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (List<String> part : Parts.of(scopes, Parts.IDS_PER_STATEMENT)) {
      for (VariableInstance variable : runtimeService.createVariableInstanceQuery().variableNameIn(queriedNames)
          .variableScopeIdIn(part.toArray(String[]::new)).list()) {
        String scope = variable.getTaskId() != null ? variable.getTaskId() : variable.getExecutionId();
        variables.computeIfAbsent(scope, key -> new HashMap<>()).put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /** The task, its own execution (of its activity) and its process instance's root scope, innermost first. */
  private static List<String> variableScopes(Task task) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add(task.getId());
    if (task.getExecutionId() != null) {
      scopes.add(task.getExecutionId());
    }
    if (task.getProcessInstanceId() != null) {
      scopes.add(task.getProcessInstanceId());
    }
    return List.copyOf(scopes);
  }
}
