package cn.dlm.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The new-work mail (新待办通知); nothing to send when the task is already finished. */
@Component
public class NewTaskMail implements MailContentBuilder {

  private final OpenTasks openTasks;
  private final TaskViews views;
  private final MailTemplates templates;

  public NewTaskMail(OpenTasks openTasks, TaskViews views, MailTemplates templates) {
    this.openTasks = openTasks;
    this.views = views;
    this.templates = templates;
  }

  @Override
  public String kind() {
    return NewTaskNotices.NEW_TASK_MAIL;
  }

  @Override
  public Optional<MailContent> build(MailRequest request, MailRecipient recipient) {
    return openTasks.find(request.taskIds().get(0)).map(task -> templates.render("new-task", Map.of(
        "recipient", recipient,
        "task", views.of(task, request.requestedAt()),
        "assignedToRecipient", recipient.userId().equals(task.assignee()))).listing(List.of(task.id())));
  }
}
