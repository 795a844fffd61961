package cn.dlm.notification;

import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Notice of new work (新待办通知): a created task without assignee is announced to its candidates,
 * and an assignment to its new assignee. Nobody is told about work he or she just took or gave
 * to himself or herself. The notice is only queued here, in the task's transaction: for the next
 * dispatch of coalesced notices ({@link NewWorkNotices}), or with a zero notice window as a mail of its own.
 */
@Component
class NewTaskNotices {

  public static final String NEW_TASK_MAIL = "new-task";

  private final MailQueue mailQueue;
  private final NewWorkNotices queue;
  private final PeopleDirectory directory;
  private final MailProperties properties;
  private final EngineClock clock;

  public NewTaskNotices(MailQueue mailQueue, NewWorkNotices queue, PeopleDirectory directory, MailProperties properties,
      EngineClock clock) {
    this.clock = clock;
    this.mailQueue = mailQueue;
    this.queue = queue;
    this.directory = directory;
    this.properties = properties;
  }

  void onCreate(DelegateTask task) {
    if (task.getAssignee() == null) {
      notify(task, candidates(task));
    }
  }

  void onAssignment(DelegateTask task) {
    if (task.getAssignee() != null) {
      notify(task, List.of(task.getAssignee()));
    }
  }

  private void notify(DelegateTask task, List<String> recipients) {
    if (!properties.newTaskNotices()) {
      return;
    }
    String actingUser = directory.actingUserId();
    Date now = clock.nowAsDate();
    String decisionId = task.getId() + "." + task.getEventName() + "." + now.getTime();
    for (String recipient : recipients) {
      if (recipient.equals(actingUser)) {
        continue;
      }
      if (queue.coalesced()) {
        queue.queue(recipient, task.getId(), now);
      } else {
        mailQueue.enqueue(new MailRequest(NEW_TASK_MAIL, recipient, List.of(task.getId()), decisionId, now));
      }
    }
  }

  private List<String> candidates(DelegateTask task) {
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        users.addAll(directory.memberIds(link.getGroupId()));
      }
    }
    return List.copyOf(users);
  }
}
