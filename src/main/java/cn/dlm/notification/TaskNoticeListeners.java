package cn.dlm.notification;

import cn.dlm.platform.engine.ModelListeners;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a create and an assignment listener that
 * queue new-work notices, so no process has to model them. The listeners run after the
 * model's own ones, so an assignee set by a model's create listener is seen.
 */
@Component
class TaskNoticeListeners implements ModelListeners {

  private final ObjectProvider<NewTaskNotices> notices;
  private final TaskListener listener = this::notify;

  public TaskNoticeListeners(ObjectProvider<NewTaskNotices> notices) {
    this.notices = notices;
  }

  @Override
  public Map<String, TaskListener> userTask(Map<String, String> properties) {
    return Map.of(TaskListener.EVENTNAME_CREATE, listener, TaskListener.EVENTNAME_ASSIGNMENT, listener);
  }

  private void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> notices.getObject().onCreate(task);
      case TaskListener.EVENTNAME_ASSIGNMENT -> notices.getObject().onAssignment(task);
      default -> { }
    }
  }
}
