package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
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
class ReminderPlanner {

  private final WorkingCalendar calendar;
  private final EngineClock clock;
  private final ReminderProperties properties;
  private final TaskOwners owners;

  public ReminderPlanner(WorkingCalendar calendar, EngineClock clock, ReminderProperties properties, TaskOwners owners) {
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
    this.owners = owners;
  }

  /** Tasks due before this instant are due soon (or overdue): the end of the last "due soon" working day. */
  public Date dueSoonLimit(Date now) {
    LocalDate today = clock.localDate(now);
    LocalDate lastDueSoonDay = calendar.plusWorkingDays(today, properties.dueSoonWorkingDays());
    return clock.startOf(lastDueSoonDay.plusDays(1));
  }

  public ReminderPlan plan(List<OpenTask> tasks, Date now) {
    ReminderPlan plan = new ReminderPlan();
    LocalDate today = clock.localDate(now);
    for (OpenTask task : tasks) {
      List<String> taskOwners = owners.owners(task);
      if (!taskOwners.isEmpty() && !task.record().remindedOn(today, clock.zone())) {
        plan.remind(task, taskOwners);
      }
      boolean ownerless = taskOwners.isEmpty() && task.due().before(now);
      if ((ownerless || isLongOverdue(task, now)) && !task.record().escalatedOn(today, clock.zone())) {
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
    ZonedDateTime due = clock.zoned(task.due());
    LocalDate escalationDay = calendar.plusWorkingDays(due.toLocalDate(), properties.escalateAfterWorkingDays());
    Instant escalateAfter = escalationDay.atTime(due.toLocalTime()).atZone(clock.zone()).toInstant();
    return now.toInstant().isAfter(escalateAfter);
  }
}
