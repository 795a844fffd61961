package cn.dlm.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The coalesced new-work mail (新待办汇总通知): the tasks that became the recipient's during one notice window,
 * newest first, as far as they are still open and still his or hers (a task finished, withdrawn, taken by
 * someone else or given to another is left out). One task reads as the single new-task mail; none, no mail.
 */
@Component
public class NewWorkMail implements MailContentBuilder {

  private final OpenTasks openTasks;
  private final TaskOwners owners;
  private final TaskViews views;
  private final MailTemplates templates;
  private final ReminderProperties properties;

  public NewWorkMail(OpenTasks openTasks, TaskOwners owners, TaskViews views, MailTemplates templates,
      ReminderProperties properties) {
    this.openTasks = openTasks;
    this.owners = owners;
    this.views = views;
    this.templates = templates;
    this.properties = properties;
  }

  @Override
  public String kind() {
    return NewWorkDispatch.NEW_WORK_MAIL;
  }

  @Override
  public Optional<MailContent> build(MailRequest request, MailRecipient recipient) {
    Map<String, OpenTask> open = openTasks.find(request.taskIds()).stream()
        .collect(Collectors.toMap(OpenTask::id, Function.identity()));
    List<OpenTask> tasks = request.taskIds().stream().map(open::get)
        .filter(task -> task != null && owners.belongsTo(task, recipient.userId())).toList();
    if (tasks.isEmpty()) {
      return Optional.empty();
    }
    if (tasks.size() == 1) {
      OpenTask task = tasks.get(0);
      return Optional.of(templates.render("new-task", Map.of(
          "recipient", recipient,
          "task", views.of(task, request.requestedAt()),
          "assignedToRecipient", recipient.userId().equals(task.assignee()))).listing(List.of(task.id())));
    }
    int shown = Math.min(tasks.size(), properties.maxTasksPerMail());
    List<OpenTask> listed = tasks.subList(0, shown);
    Map<String, Object> model = new HashMap<>();
    model.put("recipient", recipient);
    model.put("tasks", listed.stream().map(task -> new NewWorkRow(views.of(task, request.requestedAt()),
        recipient.userId().equals(task.assignee()))).toList());
    model.put("total", tasks.size());
    model.put("more", tasks.size() - shown);
    return Optional.of(templates.render("new-work-digest", model).listing(listed.stream().map(OpenTask::id).toList()));
  }

  /** A row of the digest: the task, and whether it is assigned to the recipient or open to claim. */
  public record NewWorkRow(TaskView task, boolean assignedToRecipient) {}
}
