package cn.dlm.notification;

import static cn.dlm.access.AccessModel.OFFICE_GROUP;

import cn.dlm.cycle.CycleContract;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder policy (催办规则). Working days and holidays come from {@code dlm.calendar}; here:
 * the time of day of the sweep, how early "due soon" starts, when an overdue task escalates to
 * the organizing office, extra days without reminders, and who receives escalations.
 *
 * @param runAt time of day (in {@code dlm.calendar.zone}) the sweep runs on working days
 * @param dueSoonWorkingDays a task due by the end of the Nth working day after today is "due soon"
 * @param escalateAfterWorkingDays a task overdue longer than this many working days is escalated
 * @param quietDays dates without reminders besides non-working days (e.g. the meeting day)
 * @param escalationGroups groups whose members receive escalations (default: 组织办)
 * @param escalationUserVariables process variables naming users who receive escalations (default: the secretary 书记)
 * @param maxTasksPerMail tasks listed in one mail; the rest are counted
 */
@ConfigurationProperties("dlm.reminder")
public record ReminderProperties(
    LocalTime runAt,
    Integer dueSoonWorkingDays,
    Integer escalateAfterWorkingDays,
    List<LocalDate> quietDays,
    List<String> escalationGroups,
    List<String> escalationUserVariables,
    Integer maxTasksPerMail) {

  public ReminderProperties {
    runAt = runAt == null ? LocalTime.of(9, 0) : runAt;
    dueSoonWorkingDays = dueSoonWorkingDays == null ? 1 : dueSoonWorkingDays;
    escalateAfterWorkingDays = escalateAfterWorkingDays == null ? 3 : escalateAfterWorkingDays;
    quietDays = quietDays == null ? List.of() : List.copyOf(quietDays);
    escalationGroups = escalationGroups == null ? List.of(OFFICE_GROUP) : List.copyOf(escalationGroups);
    escalationUserVariables = escalationUserVariables == null ? List.of(CycleContract.SECRETARY) : List.copyOf(escalationUserVariables);
    maxTasksPerMail = maxTasksPerMail == null ? 50 : maxTasksPerMail;
  }
}
