package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.platform.time.CalendarProperties;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is reminded (催办) and what is escalated (督办) at one moment, without an engine. */
class ReminderPlannerTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final CalendarProperties CALENDAR = new CalendarProperties(SHANGHAI, List.of(), List.of());
  static final ReminderProperties POLICY = new ReminderProperties(LocalTime.of(9, 0), 1, 3, List.of(),
      List.of("organizing-office"), List.of("secretary"), 50);
  static final Map<String, List<String>> GROUPS = Map.of("organizing-office", List.of("liufang"),
      "supervisors", List.of("zhaoqiang", "qianli"));

  final ReminderPlanner planner = new ReminderPlanner(new WorkingCalendar(CALENDAR), new EngineClock(CALENDAR),
      POLICY, new TaskOwners(group -> GROUPS.getOrDefault(group, List.of()),
      user -> GROUPS.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey).toList(), POLICY));

  /** Wednesday 4 November 2026, 09:00 in Beijing. */
  static final Date NOW = at(2026, 11, 4, 9);

  static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI).toInstant());
  }

  static OpenTask task(String id, Date due, String assignee, List<String> groups, ReminderRecord record) {
    return new OpenTask(id, "任务" + id, "", due, assignee, List.of(), groups, Map.of("secretary", "wangjianguo"),
        record);
  }

  static ReminderRecord none() {
    return new ReminderRecord(null, 0, null, 0);
  }

  @Test
  void dueSoonEndsWithTheNextWorkingDay() {
    assertThat(planner.dueSoonLimit(NOW)).isEqualTo(at(2026, 11, 6, 0));
    assertThat(planner.dueSoonLimit(at(2026, 11, 6, 9))).as("Friday: due soon reaches over the weekend to Monday")
        .isEqualTo(at(2026, 11, 10, 0));
  }

  @Test
  void theAssigneeOrEveryMemberOfTheCandidateGroupsIsReminded() {
    ReminderPlan plan = planner.plan(List.of(
        task("a", at(2026, 11, 5, 18), "lihua", List.of(), none()),
        task("b", at(2026, 11, 5, 18), null, List.of("supervisors"), none())), NOW);

    assertThat(plan.reminders()).isEqualTo(Map.of("lihua", List.of("a"), "zhaoqiang", List.of("b"),
        "qianli", List.of("b")));
    assertThat(plan.escalations()).isEmpty();
  }

  @Test
  void aTaskRemindedTodayIsNotRemindedAgain() {
    ReminderRecord remindedThisMorning = new ReminderRecord(at(2026, 11, 4, 8), 1, null, 0);
    ReminderRecord remindedYesterday = new ReminderRecord(at(2026, 11, 3, 9), 1, null, 0);
    ReminderPlan plan = planner.plan(List.of(
        task("a", at(2026, 11, 5, 18), "lihua", List.of(), remindedThisMorning),
        task("b", at(2026, 11, 5, 18), "lihua", List.of(), remindedYesterday)), NOW);

    assertThat(plan.reminders()).isEqualTo(Map.of("lihua", List.of("b")));
  }

  @Test
  void aTaskOverdueMoreThanThreeWorkingDaysIsEscalatedToTheOfficeAndTheSecretary() {
    OpenTask longOverdue = task("a", at(2026, 10, 29, 18), "lihua", List.of(), none());
    OpenTask recentlyOverdue = task("b", at(2026, 11, 2, 18), "lihua", List.of(), none());
    ReminderPlan plan = planner.plan(List.of(longOverdue, recentlyOverdue), NOW);

    assertThat(planner.isLongOverdue(longOverdue, NOW)).as("due Thursday, three working days ended Tuesday").isTrue();
    assertThat(planner.isLongOverdue(recentlyOverdue, NOW)).isFalse();
    assertThat(plan.escalations()).isEqualTo(Map.of("liufang", List.of("a"), "wangjianguo", List.of("a")));
    assertThat(plan.reminders()).isEqualTo(Map.of("lihua", List.of("a", "b")));
  }

  @Test
  void anOverdueTaskWithoutOwnerIsEscalatedAtOnce() {
    ReminderPlan plan = planner.plan(List.of(task("a", at(2026, 11, 3, 18), null, List.of("nobody"), none())), NOW);

    assertThat(plan.reminders()).isEmpty();
    assertThat(plan.escalations()).containsOnlyKeys("liufang", "wangjianguo");
  }
}
