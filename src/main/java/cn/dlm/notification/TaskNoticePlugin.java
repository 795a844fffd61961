package cn.dlm.notification;

import cn.dlm.platform.engine.EnginePlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a create and an assignment listener that
 * queue new-work notices, so no process has to model them. The listeners are added after the
 * model's own ones, so an assignee set by a model's create listener is seen.
 */
@Component
class TaskNoticePlugin extends EnginePlugin {

  private final ObjectProvider<NewTaskNotices> notices;

  public TaskNoticePlugin(ObjectProvider<NewTaskNotices> notices) {
    this.notices = notices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPostParseListener(configuration, new UserTaskParseListener(new NoticeListener()));
  }

  private final class NoticeListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      switch (task.getEventName()) {
        case EVENTNAME_CREATE -> notices.getObject().onCreate(task);
        case EVENTNAME_ASSIGNMENT -> notices.getObject().onAssignment(task);
        default -> { }
      }
    }
  }

  private static final class UserTaskParseListener extends AbstractBpmnParseListener {

    private final TaskListener listener;

    UserTaskParseListener(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
    }
  }
}
