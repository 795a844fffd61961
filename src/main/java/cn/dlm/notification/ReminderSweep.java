package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The sweep step of {@code reminder-sweep}: finds due-soon and overdue tasks, records for each task that it was
 * reminded or escalated ({@link ReminderRecords}), and queues one digest per person. Records and queued mails share
 * this job's transaction, so a decision is either fully recorded and queued or not at all; and a second sweep finds
 * the records and queues nothing again.
 */
@Component("reminderSweep")
class ReminderSweep implements JavaDelegate {

  public static final String REMINDER_MAIL = "reminder";
  public static final String ESCALATION_MAIL = "escalation";

  private final OpenTasks openTasks;
  private final ReminderPlanner planner;
  private final ReminderRecords records;
  private final MailQueue mailQueue;
  private final EngineClock clock;
  private final SweepDigests digests;

  public ReminderSweep(OpenTasks openTasks, ReminderPlanner planner, ReminderRecords records, MailQueue mailQueue,
      EngineClock clock, SweepDigests digests) {
    this.clock = clock;
    this.digests = digests;
    this.openTasks = openTasks;
    this.planner = planner;
    this.records = records;
    this.mailQueue = mailQueue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = clock.nowAsDate();
    ReminderPlan plan = planner.plan(openTasks.dueBefore(planner.dueSoonLimit(now)), now);

    Map<String, ReminderRecord> before = new HashMap<>();
    Map<String, ReminderRecord> after = new LinkedHashMap<>();
    plan.reminded().forEach(task -> {
      before.put(task.id(), task.record());
      after.put(task.id(), task.record().reminded(now));
    });
    plan.escalated().forEach(task -> {
      before.put(task.id(), task.record());
      after.put(task.id(), after.getOrDefault(task.id(), task.record()).escalated(now));
    });
    records.save(before, after);
    records.forgetClosedTasks();
    String decisionId = execution.getProcessInstanceId();
    List<MailRequest> mails = new ArrayList<>();
    plan.reminders().forEach((recipient, taskIds) ->
        mails.add(new MailRequest(REMINDER_MAIL, recipient, taskIds, decisionId, now)));
    plan.escalations().forEach((recipient, taskIds) ->
        mails.add(new MailRequest(ESCALATION_MAIL, recipient, taskIds, decisionId, now)));
    mailQueue.enqueueAll(mails);
    digests.publish(plan, decisionId, now);

    execution.setVariable(NotificationContract.REMINDED_TASKS, plan.reminded().size());
    execution.setVariable(NotificationContract.ESCALATED_TASKS, plan.escalated().size());
    execution.setVariable(NotificationContract.REMINDER_MAILS, plan.reminders().size());
    execution.setVariable(NotificationContract.ESCALATION_MAILS, plan.escalations().size());
  }
}
