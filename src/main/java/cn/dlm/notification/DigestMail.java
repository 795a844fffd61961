package cn.dlm.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A digest lists several tasks in one mail, at most {@code dlm.reminder.max-tasks-per-mail}, and
 * counts the rest. Tasks finished since the sweep are left out; with none left, nothing is sent.
 * Its two kinds: {@link DigestMails}.
 */
final class DigestMail implements MailContentBuilder {

  private final String kind;
  private final String template;
  private final OpenTasks openTasks;
  private final TaskViews views;
  private final MailTemplates templates;
  private final ReminderProperties properties;

  DigestMail(String kind, String template, OpenTasks openTasks, TaskViews views, MailTemplates templates,
      ReminderProperties properties) {
    this.kind = kind;
    this.template = template;
    this.openTasks = openTasks;
    this.views = views;
    this.templates = templates;
    this.properties = properties;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public Optional<MailContent> build(MailRequest request, MailRecipient recipient) {
    List<OpenTask> tasks = openTasks.find(request.taskIds());
    if (tasks.isEmpty()) {
      return Optional.empty();
    }
    int shown = Math.min(tasks.size(), properties.maxTasksPerMail());
    Map<String, Object> model = new HashMap<>();
    model.put("recipient", recipient);
    model.put("tasks", tasks.subList(0, shown).stream().map(task -> views.of(task, request.requestedAt())).toList());
    model.put("total", tasks.size());
    model.put("more", tasks.size() - shown);
    model.put("overdueCount", tasks.stream()
        .filter(task -> task.due() != null && task.due().before(request.requestedAt())).count());
    model.put("escalateAfterWorkingDays", properties.escalateAfterWorkingDays());
    return Optional.of(templates.render(template, model)
        .listing(tasks.subList(0, shown).stream().map(OpenTask::id).toList()));
  }
}
