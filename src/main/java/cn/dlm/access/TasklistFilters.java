package cn.dlm.access;

import static cn.dlm.access.AccessModel.OFFICE_GROUP;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The saved Tasklist filters: 我的待办, 组内待办, 已逾期 for everyone and 全部待办 for the office. */
@Component
public class TasklistFilters {

  public static final String MINE = "我的待办";
  public static final String MY_GROUPS = "组内待办";
  public static final String OVERDUE = "已逾期";
  public static final String OFFICE_ALL = "全部待办";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGranter granter;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGranter granter) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.granter = granter;
  }

  void ensureFilters() {
    Filter mine = ensure(MINE, -10, "分配给我的待办事项",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    Filter groups = ensure(MY_GROUPS, -5, "我所在组可认领的待办事项",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    Filter overdue = ensure(OVERDUE, 0, "截止时间已过的待办事项",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    Filter all = ensure(OFFICE_ALL, 10, "所有班子的全部待办事项（组织办）",
        taskService.createTaskQuery().orderByDueDate().asc());

    granter.grantEveryone(FILTER, mine.getId(), READ);
    granter.grantEveryone(FILTER, groups.getId(), READ);
    granter.grantEveryone(FILTER, overdue.getId(), READ);
    granter.grantGroup(OFFICE_GROUP, FILTER, all.getId(), READ);
  }

  private Filter ensure(String name, int priority, String description, TaskQuery query) {
    // Users may save personal filters under the same name; ours is the one without an owner.
    Filter existing = filterService.createTaskFilterQuery().filterName(name).list().stream()
        .filter(filter -> filter.getOwner() == null).findFirst().orElse(null);
    if (existing != null) {
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        variable("teamName", "班子"),
        variable("year", "年度"),
        variable("phase", "阶段")));
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter);
  }

  private static Map<String, String> variable(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
