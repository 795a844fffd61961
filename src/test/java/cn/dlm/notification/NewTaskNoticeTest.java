package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class NewTaskNoticeTest extends MailIntegrationTest {

  @Autowired TransactionTemplate transactionTemplate;

  @Test
  void assigneeIsMailedAfterTheTaskCommits() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));

    Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));

    assertThat(smtp.getReceivedMessages()).as("nothing is sent inside the transaction").isEmpty();
    assertThat(mailJobs()).hasSize(1);
    deliverQueuedMail();

    List<MimeMessage> mails = mailsTo("lihua");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    MailParts mail = MailParts.of(mails.get(0));
    assertThat(mail.subject()).isEqualTo("【新待办】撰写个人对照检查材料");
    assertThat(mail.rawSubject()).as("encoded for any mail client").startsWith("=?UTF-8?");
    String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId();
    assertThat(mail.html()).contains("李华", TEAM, "2026年度", "2026年11月3日 星期二 17:00", "2026年度民主生活会")
        .contains("href=\"" + link + "\"");
    assertThat(mail.text()).contains("李华同志", "撰写个人对照检查材料", TEAM, "2026年11月3日", link);
    InternetAddress from = (InternetAddress) mails.get(0).getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("民主生活会系统");
    InternetAddress to = (InternetAddress) mails.get(0).getAllRecipients()[0];
    assertThat(to.getPersonal()).isEqualTo("李华");

    String deliveryKey = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(NotificationContract.MAIL_PROCESS).processInstanceBusinessKeyLike("new-task." + task.getId() + ".%")
        .singleResult().getBusinessKey();
    assertThat(mail.messageId()).isEqualTo(MessageIds.of(deliveryKey, "dlm.example.cn"));
    assertThat(mailJobs()).isEmpty();
  }

  /** Tasks named after whom they concern (审核个人对照检查材料：李华, 补充谈心谈话：张敏) are mailed under that name. */
  @Test
  void theMailNamesTheTaskAsItIsNamedWhenItIsSent() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    Task task = startAssigned("wangjianguo", "审核个人对照检查材料", at(2026, 11, 3, 17, 0));
    task.setName("审核个人对照检查材料：李华");
    taskService.saveTask(task);

    deliverQueuedMail();

    MailParts mail = MailParts.of(mailsTo("wangjianguo").get(0));
    assertThat(mail.subject()).isEqualTo("【新待办】审核个人对照检查材料：李华");
    assertThat(mail.text()).contains("事项：审核个人对照检查材料：李华");
  }

  /** {@code dlm.mail.notice-window=PT0S} (this class's setting): one mail per task, as before the windows. */
  @Test
  void withAZeroWindowEachTaskIsMailedAlone() throws Exception {
    startAssigned("lihua", "记录会前集中学习", at(2026, 11, 2, 17, 0));
    startAssigned("lihua", "记录谈心谈话", at(2026, 11, 3, 17, 0));
    startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 4, 17, 0));

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NewWorkNotices.PROCESS_KEY).count())
        .as("nothing waits for a window").isZero();
    deliverQueuedMail();

    assertThat(mailsTo("lihua").stream().map(mail -> MailParts.of(mail).subject()))
        .containsExactlyInAnyOrder("【新待办】记录会前集中学习", "【新待办】记录谈心谈话", "【新待办】撰写个人对照检查材料");
  }

  @Test
  void aRolledBackTaskIsNeverAnnounced() {
    transactionTemplate.executeWithoutResult(status -> {
      Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
      assertThat(task).as("the task exists inside the transaction").isNotNull();
      assertThat(mailJobs()).as("and so does its notice").hasSize(1);
      status.setRollbackOnly();
    });

    assertThat(taskService.createTaskQuery().processDefinitionKey("reminder-test-assigned").count()).isZero();
    assertThat(mailJobs()).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS).count()).isZero();
    deliverQueuedMail();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void groupMembersAreMailedThenAnAssigneeButNotWhoeverClaimsForHimself() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));

    Task task = startForGroup(OFFICE, "汇总征求意见", at(2026, 11, 3, 17, 0));
    deliverQueuedMail();

    assertThat(mailsTo("liufang")).hasSize(1);
    assertThat(mailsTo("chenjing")).hasSize(1);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(MailParts.of(mailsTo("liufang").get(0)).html()).contains("可由您认领");

    clearMailboxes();
    identityService.setAuthentication("liufang", List.of(OFFICE));
    taskService.claim(task.getId(), "liufang");
    assertThat(mailJobs()).as("claiming for oneself needs no mail").isEmpty();

    taskService.setAssignee(task.getId(), "chenjing");
    identityService.clearAuthentication();
    deliverQueuedMail();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    MailParts mail = MailParts.of(mailsTo("chenjing").get(0));
    assertThat(mail.html()).contains("陈静", "您有一项新的待办事项");
  }

  @Test
  void aTaskFinishedBeforeItsNoticeIsSentNeedsNoMail() {
    Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    taskService.complete(task.getId());

    deliverQueuedMail();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    String delivery = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKeyLike("new-task." + task.getId() + ".%").singleResult().getId();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery).variableName("outcome")
        .singleResult().getValue()).isEqualTo("无需发送：相关待办均已办结");
  }

  @Test
  void aReturnedTaskSaysSoAndQuotesTheComment() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    String comment = "原因剖析不够深刻，\n请结合<b>分管工作</b>补充。";

    start("reminder-test-returned", Map.of("assignee", "lihua", "title", "撰写个人对照检查材料",
        "due", Date.from(at(2026, 11, 3, 17, 0).toInstant()), "comment", comment));
    startAssigned("zhangmin", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    deliverQueuedMail();

    MailParts returned = MailParts.of(mailsTo("lihua").get(0));
    assertThat(returned.subject()).isEqualTo("【退回修改】撰写个人对照检查材料");
    assertThat(returned.html()).contains("退回修改", "原因剖析不够深刻，", "请结合&lt;b&gt;分管工作&lt;/b&gt;补充。")
        .doesNotContain("<b>分管工作</b>");
    assertThat(returned.text()).contains("退回修改意见：\n原因剖析不够深刻，\n请结合<b>分管工作</b>补充。");
    MailParts fresh = MailParts.of(mailsTo("zhangmin").get(0));
    assertThat(fresh.subject()).isEqualTo("【新待办】撰写个人对照检查材料");
    assertThat(fresh.html()).contains("您有一项新的待办事项").doesNotContain("退回");
  }

  /** A rectification item (整改事项) returned by 验收整改事项 carries the office's comment as itemReturnComment. */
  @Test
  void aReturnedRectificationItemSaysSoAndQuotesTheComment() throws Exception {
    setClock(at(2026, 12, 20, 10, 0));

    start("reminder-test-returned-item", Map.of("assignee", "lihua", "title", "报告整改进展：调研不够深入",
        "due", Date.from(at(2027, 3, 31, 23, 59).toInstant()), "comment", "调研报告未形成，请补充。"));
    deliverQueuedMail();

    MailParts returned = MailParts.of(mailsTo("lihua").get(0));
    assertThat(returned.subject()).isEqualTo("【退回修改】报告整改进展：调研不够深入");
    assertThat(returned.text()).contains("退回修改意见：\n调研报告未形成，请补充。");
  }
}
