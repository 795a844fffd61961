package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.StringUtils;

/**
 * The sweep on Monday 2 November 2026, 09:00 in Shanghai. Li Hua (李华) has a task due tomorrow,
 * one overdue since Friday, one overdue since the Monday before (past the 3-working-day
 * threshold) and one due next week; Zhang Min (张敏) has one overdue since Friday.
 */
class ReminderSweepTest extends MailIntegrationTest {

  private Task dueTomorrow;
  private Task overdueSinceFriday;
  private Task longOverdue;
  private Task dueNextWeek;
  private Task zhangMinsOverdue;

  @BeforeEach
  void tasksOfTheCycle() {
    setClock(at(2026, 10, 20, 10, 0));
    dueTomorrow = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    overdueSinceFriday = startAssigned("lihua", "开展谈心谈话", at(2026, 10, 30, 17, 0));
    longOverdue = startAssigned("lihua", "认领反馈意见", at(2026, 10, 26, 17, 0));
    dueNextWeek = startAssigned("lihua", "准备会议发言提纲", at(2026, 11, 9, 17, 0));
    zhangMinsOverdue = startAssigned("zhangmin", "开展谈心谈话", at(2026, 10, 30, 17, 0));
    clearNotices();
  }

  @Test
  void oneDigestPerOwnerAndEscalationToOfficeAndSecretary() {
    setClock(at(2026, 11, 2, 9, 0));

    String sweep = runSweep();
    assertThat(smtp.getReceivedMessages()).as("mails go out only from their own jobs").isEmpty();
    deliverQueuedMail();

    assertThat(smtp.getReceivedMessages()).hasSize(5);
    assertThat(mailsTo("lihua")).hasSize(1);
    MailParts lihua = MailParts.of(mailsTo("lihua").get(0));
    assertThat(lihua.subject()).isEqualTo("【催办】您有3项待办即将到期或已逾期");
    assertThat(lihua.html()).contains("撰写个人对照检查材料", "即将到期", "开展谈心谈话", "已逾期3天", "认领反馈意见", "已逾期7天")
        .contains("?task=" + dueTomorrow.getId(), "?task=" + overdueSinceFriday.getId(), "?task=" + longOverdue.getId())
        .doesNotContain("准备会议发言提纲");
    assertThat(lihua.text()).contains("撰写个人对照检查材料", "认领反馈意见").doesNotContain("准备会议发言提纲");

    MailParts zhangmin = MailParts.of(mailsTo("zhangmin").get(0));
    assertThat(zhangmin.subject()).isEqualTo("【催办】您有1项待办即将到期或已逾期");

    for (String escalationRecipient : new String[] {"liufang", "chenjing", "wangjianguo"}) {
      assertThat(mailsTo(escalationRecipient)).hasSize(1);
      MailParts escalation = MailParts.of(mailsTo(escalationRecipient).get(0));
      assertThat(escalation.subject()).isEqualTo("【督办】1项待办逾期未办，请督促办理");
      assertThat(escalation.html()).contains("认领反馈意见", "李华", "7天", TEAM).doesNotContain("开展谈心谈话");
    }

    Date now = Date.from(at(2026, 11, 2, 9, 0).toInstant());
    assertThat(reminderRecord(dueTomorrow.getId())).isEqualTo(new ReminderRecord(now, 1, null, 0));
    assertThat(reminderRecord(longOverdue.getId())).isEqualTo(new ReminderRecord(now, 1, now, 1));
    assertThat(reminderRecord(dueNextWeek.getId())).isEqualTo(ReminderRecord.NONE);
    assertThat(taskService.getVariablesLocal(dueTomorrow.getId())).as("the record is no variable of the task")
        .doesNotContainKeys("lastRemindedAt", "reminderCount");
    assertThat(sweepVariables(sweep)).containsEntry("remindedTasks", 4).containsEntry("escalatedTasks", 1)
        .containsEntry("reminderMails", 2).containsEntry("escalationMails", 3);
  }

  @Test
  void aSecondSweepOfTheSameDaySendsNothingAndTheNextWorkingDayRemindsAgain() {
    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    deliverQueuedMail();
    assertThat(smtp.getReceivedMessages()).hasSize(5);

    setClock(at(2026, 11, 2, 9, 5));
    String secondSweep = runSweep();

    assertThat(mailJobs()).isEmpty();
    deliverQueuedMail();
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    assertThat(reminderRecord(dueTomorrow.getId()).reminderCount()).isEqualTo(1);
    assertThat(sweepVariables(secondSweep)).containsEntry("remindedTasks", 0).containsEntry("escalatedTasks", 0);

    assertThat(reminderRecord(zhangMinsOverdue.getId()).reminderCount()).isEqualTo(1);
    taskService.complete(zhangMinsOverdue.getId());

    setClock(at(2026, 11, 3, 9, 0));
    runSweep();
    deliverQueuedMail();
    assertThat(mailsTo("lihua")).hasSize(2);
    assertThat(reminderRecord(dueTomorrow.getId()).reminderCount()).isEqualTo(2);
    assertThat(reminderRecord(zhangMinsOverdue.getId())).as("the record of a task done is removed")
        .isEqualTo(ReminderRecord.NONE);
  }

  @Test
  void aDueDateChangedInTasklistIsHonouredAtTheNextRun() {
    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    deliverQueuedMail();
    clearMailboxes();

    moveDueDate(dueTomorrow, at(2026, 11, 20, 17, 0));
    moveDueDate(dueNextWeek, at(2026, 11, 3, 12, 0));
    moveDueDate(zhangMinsOverdue, at(2026, 10, 27, 17, 0));
    setClock(at(2026, 11, 3, 9, 0));
    runSweep();
    deliverQueuedMail();

    MailParts lihua = MailParts.of(mailsTo("lihua").get(0));
    assertThat(lihua.html()).contains("准备会议发言提纲", "开展谈心谈话", "认领反馈意见").doesNotContain("撰写个人对照检查材料");
    MailParts office = MailParts.of(mailsTo("liufang").get(0));
    assertThat(office.subject()).isEqualTo("【督办】2项待办逾期未办，请督促办理");
    assertThat(office.html()).contains("认领反馈意见", "李华", "张敏");
  }

  @Test
  void noRemindersOnAWeekend() {
    setClock(at(2026, 11, 7, 9, 0));

    assertThat(runSweep()).isNull();

    assertThat(mailJobs()).isEmpty();
    assertThat(reminderRecord(overdueSinceFriday.getId())).isEqualTo(ReminderRecord.NONE);
  }

  @Test
  void groupTasksRemindEveryMember() {
    setClock(at(2026, 10, 20, 10, 0));
    startForGroup("supervisors", "审核班子对照检查材料", at(2026, 11, 2, 17, 0));
    clearNotices();

    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    deliverQueuedMail();

    MailParts supervisor = MailParts.of(mailsTo("zhaoqiang").get(0));
    assertThat(supervisor.html()).contains("审核班子对照检查材料", "即将到期");
  }

  @Test
  void aDigestListsAtMostFiftyTasksAndCountsTheRest() {
    setClock(at(2026, 10, 20, 10, 0));
    for (int i = 1; i <= 53; i++) {
      startAssigned("sunlei", "整改事项" + i, at(2026, 11, 3, 17, 0));
    }
    discardQueuedMail();

    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    deliverQueuedMail();

    MailParts digest = MailParts.of(mailsTo("sunlei").get(0));
    assertThat(digest.subject()).isEqualTo("【催办】您有53项待办即将到期或已逾期");
    assertThat(digest.html()).contains("另有 3 项未列出");
    assertThat(StringUtils.countOccurrencesOf(digest.html(), "?task=")).isEqualTo(50);
    assertThat(digest.text()).contains("50. 整改事项").doesNotContain("51. 整改事项").contains("另有3项未列出");
  }

  private void moveDueDate(Task task, java.time.ZonedDateTime due) {
    Task stored = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    stored.setDueDate(Date.from(due.toInstant()));
    taskService.saveTask(stored);
  }

  private Map<String, Object> sweepVariables(String sweepInstanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(sweepInstanceId).list().stream()
        .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue()));
  }
}
