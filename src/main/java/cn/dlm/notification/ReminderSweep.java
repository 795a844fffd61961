package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The sweep step of {@code reminder-sweep}: finds due-soon and overdue tasks, records on each
 * task that it was reminded or escalated, and queues one digest per person. Records and queued
 * mails share this job's transaction, so a decision is either fully recorded and queued or not
 * at all; and a second sweep finds the records and queues nothing again.
 */
@Component("reminderSweep")
class ReminderSweep implements JavaDelegate {

  public static final String REMINDER_MAIL = "reminder";
  public static final String ESCALATION_MAIL = "escalation";

  private final OpenTasks openTasks;
  private final ReminderPlanner planner;
  private final TaskService taskService;
  private final MailQueue mailQueue;
  private final EngineClock clock;
  private final SweepDigests digests;

  public ReminderSweep(OpenTasks openTasks, ReminderPlanner planner, TaskService taskService, MailQueue mailQueue,
      EngineClock clock, SweepDigests digests) {
    this.clock = clock;
    this.digests = digests;
    this.openTasks = openTasks;
    this.planner = planner;
    this.taskService = taskService;
    this.mailQueue = mailQueue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = clock.nowAsDate();
    ReminderPlan plan = planner.plan(openTasks.dueBefore(planner.dueSoonLimit(now)), now);

    plan.reminded().forEach(task -> taskService.setVariablesLocal(task.id(), task.record().reminded(now)));
    plan.escalated().forEach(task -> taskService.setVariablesLocal(task.id(), task.record().escalated(now)));
    String decisionId = execution.getProcessInstanceId();
    queue(REMINDER_MAIL, plan.reminders(), decisionId, now);
    queue(ESCALATION_MAIL, plan.escalations(), decisionId, now);
    digests.publish(plan, decisionId, now);

    execution.setVariable(NotificationContract.REMINDED_TASKS, plan.reminded().size());
    execution.setVariable(NotificationContract.ESCALATED_TASKS, plan.escalated().size());
    execution.setVariable(NotificationContract.REMINDER_MAILS, plan.reminders().size());
    execution.setVariable(NotificationContract.ESCALATION_MAILS, plan.escalations().size());
  }

  private void queue(String kind, Map<String, List<String>> taskIdsByRecipient, String decisionId, Date now) {
    taskIdsByRecipient.forEach((recipient, taskIds) ->
        mailQueue.enqueue(new MailRequest(kind, recipient, taskIds, decisionId, now)));
  }
}
