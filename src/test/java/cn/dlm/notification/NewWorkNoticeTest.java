package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesced new-work notices (新待办汇总通知) with a five-minute window: a person's new tasks wait for the
 * next dispatch and go out as one mail listing those still his or hers, newest first.
 */
@TestPropertySource(properties = "dlm.mail.notice-window=PT5M")
class NewWorkNoticeTest extends MailIntegrationTest {

  @Autowired TransactionTemplate transactionTemplate;

  @Test
  void threeTasksInTheWindowMakeOneMailListingThreeNewestFirst() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    Task study = startAssigned("lihua", "记录会前集中学习", at(2026, 11, 2, 17, 0));
    setClock(at(2026, 10, 20, 10, 1));
    Task talks = startAssigned("lihua", "记录谈心谈话", at(2026, 11, 3, 17, 0));
    setClock(at(2026, 10, 20, 10, 2));
    Task material = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 4, 17, 0));
    assertThat(mailJobs()).as("nothing is mailed before the window ends").isEmpty();
    assertThat(queuedNotices()).isEqualTo(3);

    setClock(at(2026, 10, 20, 10, 5));
    dispatch();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    MailParts mail = MailParts.of(mailsTo("lihua").get(0));
    assertThat(mail.subject()).isEqualTo("【新待办】您有3项新的待办事项");
    assertThat(mail.html()).contains("李华", TEAM, "2026年11月2日 17:00", "2026年11月3日 17:00", "2026年11月4日 17:00")
        .contains(link(study), link(talks), link(material));
    assertThat(mail.text()).containsSubsequence("1. 撰写个人对照检查材料", "2. 记录谈心谈话", "3. 记录会前集中学习")
        .contains("班子：" + TEAM);
    assertThat(queuedNotices()).as("the notices were dispatched").isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NewWorkNotices.PROCESS_KEY)
        .count()).as("a queued notice leaves no history; the mail's record tells what was sent").isZero();

    dispatch();
    assertThat(smtp.getReceivedMessages()).as("a second dispatch finds nothing to send").hasSize(1);
  }

  @Test
  void tasksFinishedOrGivenToAnotherInsideTheWindowAreLeftOut() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    Task study = startAssigned("lihua", "记录会前集中学习", at(2026, 11, 2, 17, 0));
    Task talks = startAssigned("lihua", "记录谈心谈话", at(2026, 11, 3, 17, 0));
    Task material = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 4, 17, 0));
    taskService.complete(talks.getId());
    taskService.setAssignee(material.getId(), "zhangmin");

    dispatch();

    assertThat(mailsTo("lihua")).hasSize(1);
    MailParts lihua = MailParts.of(mailsTo("lihua").get(0));
    assertThat(lihua.subject()).as("one task left: the single-task mail").isEqualTo("【新待办】记录会前集中学习");
    assertThat(lihua.html()).contains(link(study)).doesNotContain(link(talks), link(material));
    MailParts zhangmin = MailParts.of(mailsTo("zhangmin").get(0));
    assertThat(zhangmin.subject()).isEqualTo("【新待办】撰写个人对照检查材料");
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aMailThatWouldBeEmptyIsNotSent() {
    Task talks = startAssigned("lihua", "记录谈心谈话", at(2026, 11, 3, 17, 0));
    taskService.complete(talks.getId());

    String dispatch = dispatch();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    String delivery = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKey(NewWorkDispatch.NEW_WORK_MAIL + "." + dispatch + ".lihua").singleResult().getId();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery).variableName("outcome")
        .singleResult().getValue()).isEqualTo("无需发送：相关待办均已办结");
  }

  @Test
  void groupTasksMakeOneMailPerMemberCoveringAllOfThem() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    Task opinions = startForGroup(OFFICE, "汇总征求意见", at(2026, 11, 3, 17, 0));
    Task plan = startForGroup(OFFICE, "报送会议方案", at(2026, 11, 4, 17, 0));
    Task own = startAssigned("liufang", "记录会前集中学习", at(2026, 11, 2, 17, 0));

    dispatch();

    List<String> office = identityService.createUserQuery().memberOfGroup(OFFICE).list().stream()
        .map(user -> user.getId()).toList();
    assertThat(office).contains("liufang", "chenjing");
    assertThat(smtp.getReceivedMessages()).as("one mail per member of the office").hasSize(office.size());
    MailParts chenjing = MailParts.of(mailsTo("chenjing").get(0));
    assertThat(chenjing.subject()).isEqualTo("【新待办】您有2项新的待办事项");
    assertThat(chenjing.html()).contains(link(opinions), link(plan), "可由您认领").doesNotContain(link(own));
    MailParts liufang = MailParts.of(mailsTo("liufang").get(0));
    assertThat(liufang.subject()).isEqualTo("【新待办】您有3项新的待办事项");
    assertThat(liufang.html()).contains(link(opinions), link(plan), link(own), "请您办理");
  }

  /** The dispatch's transaction dies before it commits, as in a crash: the notices stay queued and go out once. */
  @Test
  void aCrashBetweenQueueingAndSendingSendsOnceAfterRestart() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    startAssigned("lihua", "记录谈心谈话", at(2026, 11, 3, 17, 0));
    startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 4, 17, 0));
    Job dispatchJob = fireDispatchTimer();

    transactionTemplate.executeWithoutResult(status -> {
      managementService.executeJob(dispatchJob.getId());
      assertThat(mailJobs()).as("the mail is queued inside the dispatch").hasSize(1);
      status.setRollbackOnly();
    });
    assertThat(mailJobs()).isEmpty();
    assertThat(queuedNotices()).as("nothing lost").isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    managementService.executeJob(dispatchJob.getId());
    deliverQueuedMail();
    dispatch();

    assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
    assertThat(MailParts.of(mailsTo("lihua").get(0)).subject()).isEqualTo("【新待办】您有2项新的待办事项");
  }

  /** Two nodes dispatch at the same moment: each person's notices are mailed once, whoever wins. */
  @Test
  void twoDispatchesAtOnceMailEachNoticeOnce() throws Exception {
    List<String> members = List.of("lihua", "zhangmin", "sunlei", "zhouyan", "wuhao");
    for (String member : members) {
      startAssigned(member, "记录谈心谈话", at(2026, 11, 3, 17, 0));
      startAssigned(member, "撰写个人对照检查材料", at(2026, 11, 4, 17, 0));
    }
    for (int i = 0; i < 2; i++) {
      Job timer = managementService.createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY).timers()
          .singleResult();
      managementService.executeJob(timer.getId());
    }
    List<String> dispatchJobs = managementService.createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY)
        .messages().list().stream().map(Job::getId).toList();
    assertThat(dispatchJobs).hasSize(2);

    int succeeded = JobsAtOnce.run(managementService, dispatchJobs);
    assertThat(succeeded).as("at least one node dispatches").isPositive();
    managementService.createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    deliverQueuedMail();

    for (String member : members) {
      assertThat(mailsTo(member)).as(member).hasSize(1);
      assertThat(MailParts.of(mailsTo(member).get(0)).subject()).isEqualTo("【新待办】您有2项新的待办事项");
    }
    assertThat(smtp.getReceivedMessages()).hasSize(members.size());
  }

  @Test
  void nobodyIsToldAboutWorkHeOrSheGaveToHimself() {
    Task task = startForGroup(OFFICE, "汇总征求意见", at(2026, 11, 3, 17, 0));
    dispatch();
    clearMailboxes();

    identityService.setAuthentication("liufang", List.of(OFFICE));
    taskService.claim(task.getId(), "liufang");
    identityService.clearAuthentication();

    assertThat(queuedNotices()).isZero();
    dispatch();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private long queuedNotices() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(NewWorkNotices.PROCESS_KEY).count();
  }

  private static String link(Task task) {
    return "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  /** The window's timer fires: returns the dispatch's job, not yet run. */
  private Job fireDispatchTimer() {
    Job timer = managementService.createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY).timers()
        .singleResult();
    managementService.executeJob(timer.getId());
    return managementService.createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY).messages()
        .singleResult();
  }

  /** One window's end: the timer fires, the dispatch runs, and the mails it queued are delivered; returns the dispatch's id. */
  private String dispatch() {
    Job job = fireDispatchTimer();
    managementService.executeJob(job.getId());
    deliverQueuedMail();
    return job.getProcessInstanceId();
  }
}
