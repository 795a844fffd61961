package cn.dlm.notification;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Turns open tasks into what templates show; user-entered text is cut to size here. */
@Component
class TaskViews {

  static final int MAX_NAME = 100;
  static final int MAX_DESCRIPTION = 500;
  static final int MAX_TEAM_NAME = 60;
  static final int MAX_THEME = 120;

  private final TaskLinks links;
  private final PeopleDirectory directory;
  private final EngineClock clock;

  public TaskViews(TaskLinks links, PeopleDirectory directory, EngineClock clock) {
    this.links = links;
    this.directory = directory;
    this.clock = clock;
  }

  public TaskView of(OpenTask task, Date at) {
    ZonedDateTime due = clock.zoned(task.due());
    ZonedDateTime now = clock.zoned(at);
    boolean overdue = due != null && due.isBefore(now);
    long overdueDays = overdue ? ChronoUnit.DAYS.between(due.toLocalDate(), now.toLocalDate()) : 0;
    return new TaskView(
        SafeText.line(task.name(), MAX_NAME),
        SafeText.paragraph(task.description(), MAX_DESCRIPTION),
        links.task(task.id()),
        due,
        SafeText.line(task.variable(CycleContract.TEAM_NAME), MAX_TEAM_NAME),
        SafeText.line(task.variable(CycleContract.YEAR), 10),
        SafeText.line(task.variable(CycleContract.THEME), MAX_THEME),
        overdue,
        overdueDays,
        task.assignee() == null ? null : SafeText.line(directory.displayName(task.assignee()), MAX_TEAM_NAME),
        task.candidateGroups().stream().map(group -> SafeText.line(directory.groupName(group), MAX_TEAM_NAME)).toList(),
        SafeText.paragraph(returnComment(task), MAX_DESCRIPTION));
  }

  private static Object returnComment(OpenTask task) {
    return OpenTasks.RETURN_COMMENTS.stream().map(task::variable)
        .filter(comment -> comment != null && !comment.toString().isBlank()).findFirst().orElse(null);
  }
}
