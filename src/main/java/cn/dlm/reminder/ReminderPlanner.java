package cn.dlm.reminder;

import cn.dlm.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides, for the tasks due soon or overdue at one moment, who is reminded and what is
 * escalated. A task already reminded (or escalated) on the same day is left out, which makes a
 * repeated sweep of the same day a no-op.
 */
@Component
public class ReminderPlanner {

  private final WorkingCalendar calendar;
  private final ReminderProperties properties;
  private final TaskOwners owners;

  public ReminderPlanner(WorkingCalendar calendar, ReminderProperties properties, TaskOwners owners) {
    this.calendar = calendar;
    this.properties = properties;
    this.owners = owners;
  }

  /** Tasks due before this instant are due soon (or overdue): the end of the last "due soon" working day. */
  public Date dueSoonLimit(Date now) {
    LocalDate today = calendar.today(now.toInstant());
    LocalDate lastDueSoonDay = calendar.plusWorkingDays(today, properties.dueSoonWorkingDays());
    return Date.from(lastDueSoonDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  public ReminderPlan plan(List<OpenTask> tasks, Date now) {
    ReminderPlan plan = new ReminderPlan();
    LocalDate today = calendar.today(now.toInstant());
    for (OpenTask task : tasks) {
      List<String> taskOwners = owners.owners(task);
      if (!taskOwners.isEmpty() && !task.record().remindedOn(today, calendar.zone())) {
        plan.remind(task, taskOwners);
      }
      boolean ownerless = taskOwners.isEmpty() && task.due().before(now);
      if ((ownerless || isLongOverdue(task, now)) && !task.record().escalatedOn(today, calendar.zone())) {
        List<String> targets = owners.escalationTargets(task, taskOwners);
        if (!targets.isEmpty()) {
          plan.escalate(task, targets);
        }
      }
    }
    return plan;
  }

  /** Overdue by more than the threshold in working days, counted from the due date's time of day. */
  boolean isLongOverdue(OpenTask task, Date now) {
    ZonedDateTime due = task.due().toInstant().atZone(calendar.zone());
    LocalDate escalationDay = calendar.plusWorkingDays(due.toLocalDate(), properties.escalateAfterWorkingDays());
    Instant escalateAfter = escalationDay.atTime(due.toLocalTime()).atZone(calendar.zone()).toInstant();
    return now.toInstant().isAfter(escalateAfter);
  }
}
