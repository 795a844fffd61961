package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The dispatch step of {@code new-work-dispatch}, once per notice window: takes the queued notices, queues
 * one mail per person listing his or her new tasks, newest first, and ends the notices, all in this job's
 * transaction. A notice committed after the query waits for the next dispatch; two dispatches taking the same
 * notices collide on them (optimistic locking) and one rolls back with the mails it queued, so no notice is
 * mailed twice and none is lost.
 */
@Component("newWorkDispatch")
public class NewWorkDispatch implements JavaDelegate {

  public static final String PROCESS_KEY = NotificationContract.NEW_WORK_DISPATCH_PROCESS;
  public static final String NEW_WORK_MAIL = "new-work";
  /**
   * Notices taken by one job, in the order of their keys (a person's notices together): a larger queue is
   * dispatched by further jobs of the same dispatch, so no transaction grows with the county.
   */
  static final int BATCH = 2_000;
  static final String MORE_QUEUED = "moreQueued";

  private final RuntimeService runtimeService;
  private final MailQueue mailQueue;
  private final EngineClock clock;

  public NewWorkDispatch(RuntimeService runtimeService, MailQueue mailQueue, EngineClock clock) {
    this.runtimeService = runtimeService;
    this.mailQueue = mailQueue;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = clock.nowAsDate();
    List<ProcessInstance> queued = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(NewWorkNotices.PROCESS_KEY).orderByBusinessKey().asc().listPage(0, BATCH);
    Map<String, List<NewWorkNotice>> byRecipient = new TreeMap<>();
    for (ProcessInstance notice : queued) {
      NewWorkNotice parsed = NewWorkNotice.ofKey(notice.getBusinessKey());
      byRecipient.computeIfAbsent(parsed.recipient(), r -> new ArrayList<>()).add(parsed);
    }
    List<MailRequest> mails = new ArrayList<>();
    byRecipient.forEach((recipient, notices) -> mails.add(new MailRequest(NEW_WORK_MAIL, recipient,
        newestFirst(notices), execution.getProcessInstanceId(), now)));
    mailQueue.enqueueAll(mails);
    queued.forEach(notice -> runtimeService.signal(notice.getId()));
    execution.setVariable("notices", queued.size());
    execution.setVariable("mails", byRecipient.size());
    execution.setVariable(MORE_QUEUED, queued.size() == BATCH);
  }

  private static List<String> newestFirst(List<NewWorkNotice> notices) {
    LinkedHashSet<String> taskIds = new LinkedHashSet<>();
    notices.stream().sorted(Comparator.comparing(NewWorkNotice::at).reversed())
        .forEach(notice -> taskIds.add(notice.taskId()));
    return List.copyOf(taskIds);
  }
}
