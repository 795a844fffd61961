package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mails of one decision go out as a batch (mail-batch): prepared and recorded in one job, then sent in a
 * second job through one SMTP connection to the real server (GreenMail, behind a relay that counts connections
 * and can cut one). Each mail keeps its own record; a mail the server did not take is retried on its own.
 */
class MailBatchTest extends MailIntegrationTest {

  static final CountingSmtpProxy PROXY = proxy();
  static final List<String> MEMBERS = List.of("lihua", "zhangmin", "sunlei", "zhouyan", "wuhao");

  @Autowired MailQueue mailQueue;
  @Autowired CrashingBatchTransport transport;

  @BeforeEach
  void countFromZero() {
    PROXY.reset();
  }

  @AfterEach
  void disarm() {
    transport.armed.set(false);
    PROXY.heal();
  }

  @Test
  void theMailsOfOneDecisionGoThroughOneSmtpConnectionEachWithItsRecord() throws Exception {
    List<MailRequest> requests = newTaskMailsTo(MEMBERS);
    mailQueue.enqueueAll(requests);
    assertThat(mailJobs()).as("no job per mail").isEmpty();
    assertThat(batchJobs()).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .count()).as("the deciding transaction queues one instance per batch, none per mail").isZero();

    deliverQueuedMail();

    assertThat(smtp.getReceivedMessages()).hasSize(MEMBERS.size());
    assertThat(PROXY.connections()).as("one SMTP connection for the batch").isEqualTo(1);
    for (MailRequest request : requests) {
      assertThat(mailsTo(request.recipient())).hasSize(1);
      assertThat(record(request, "outcome")).isEqualTo("已发送：【新待办】撰写个人对照检查材料");
      assertThat(record(request, "messageId")).isEqualTo(mailsTo(request.recipient()).get(0).getMessageID());
      assertThat(record(request, "taskIds")).isEqualTo(String.join(",", request.taskIds()));
      assertThat(deliveryOf(request).getEndActivityId()).isEqualTo("mailSentInBatch");
    }
    assertThat(mailJobs()).isEmpty();
    assertThat(batchJobs()).isEmpty();
  }

  @Test
  void aServerLostInTheMiddleLeavesTheSentMailsRecordedAsSentAndRetriesTheRestOnTheirOwn() throws Exception {
    List<MailRequest> requests = newTaskMailsTo(MEMBERS);
    mailQueue.enqueueAll(requests);
    managementService.executeJob(batchJobs().get(0).getId());
    PROXY.cutAfter(2);

    managementService.executeJob(batchJobs().get(0).getId());

    assertThat(smtp.getReceivedMessages()).as("two went out before the server was lost").hasSize(2);
    List<String> sent = new ArrayList<>();
    for (MailRequest request : requests) {
      if (!mailsTo(request.recipient()).isEmpty()) {
        sent.add(request.recipient());
        assertThat(record(request, "outcome")).isEqualTo("已发送：【新待办】撰写个人对照检查材料");
      } else {
        assertThat(record(request, "outcome")).as("recorded, not yet sent").isEqualTo("待发送：【新待办】撰写个人对照检查材料");
      }
    }
    assertThat(sent).hasSize(2);
    List<Job> retries = mailJobs();
    assertThat(retries).as("each mail not sent has its own sending job").hasSize(3);
    assertThat(batchJobs()).isEmpty();

    PROXY.heal();
    retries.forEach(job -> managementService.executeJob(job.getId()));

    assertThat(smtp.getReceivedMessages()).hasSize(MEMBERS.size());
    for (MailRequest request : requests) {
      assertThat(mailsTo(request.recipient())).as(request.recipient() + ": exactly once").hasSize(1);
      assertThat(record(request, "outcome")).isEqualTo("已发送：【新待办】撰写个人对照检查材料");
      assertThat(record(request, "messageId")).isEqualTo(mailsTo(request.recipient()).get(0).getMessageID());
    }
  }

  @Test
  void aBatchTheServerAcceptedBeforeACrashIsSentAgainAndNeverRecordedAsNotNeeded() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    List<String> members = MEMBERS.subList(0, 3);
    List<MailRequest> requests = newTaskMailsTo(members);
    mailQueue.enqueueAll(requests);
    managementService.executeJob(batchJobs().get(0).getId());
    String sendingJob = batchJobs().get(0).getId();

    transport.armed.set(true);
    assertThatThrownBy(() -> managementService.executeJob(sendingJob)).isInstanceOf(MailCrashTest.SimulatedCrash.class);
    assertThat(smtp.getReceivedMessages()).as("the server accepted the batch before the crash").hasSize(3);
    List<String> acceptedIds = messageIds();

    transport.armed.set(false);
    for (MailRequest request : requests) {
      taskService.complete(request.taskIds().get(0));
    }
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 10 * 60_000));
    managementService.executeJob(sendingJob);

    assertThat(messageIds()).as("at least once, copies with the same Message-ID")
        .hasSize(6).containsOnlyElementsOf(acceptedIds);
    for (MailRequest request : requests) {
      assertThat(record(request, "outcome")).as("a mail that went out is recorded as sent")
          .isEqualTo("已发送：【新待办】撰写个人对照检查材料");
    }
  }

  @Test
  void aMailWhoseTasksWereDoneBeforeItsBatchWasPreparedIsRecordedAsNotNeededAndTheOthersGoOut() throws Exception {
    List<MailRequest> requests = newTaskMailsTo(MEMBERS);
    mailQueue.enqueueAll(requests);
    MailRequest done = requests.get(1);
    taskService.complete(done.taskIds().get(0));

    deliverQueuedMail();

    assertThat(mailsTo(done.recipient())).isEmpty();
    assertThat(record(done, "outcome")).isEqualTo("无需发送：相关待办均已办结");
    assertThat(deliveryOf(done).getEndActivityId()).isEqualTo("mailNotNeededInBatch");
    assertThat(smtp.getReceivedMessages()).hasSize(MEMBERS.size() - 1);
    for (MailRequest request : requests.stream().filter(request -> request != done).toList()) {
      assertThat(mailsTo(request.recipient())).hasSize(1);
      assertThat(deliveryOf(request).getEndActivityId()).isEqualTo("mailSentInBatch");
    }
  }

  /** New-task mails of one decision of its own (history keeps the records of earlier tests' decisions). */
  private List<MailRequest> newTaskMailsTo(List<String> members) {
    String decisionId = "batch-test-" + UUID.randomUUID();
    List<MailRequest> requests = new ArrayList<>();
    for (String member : members) {
      Task task = startAssigned(member, "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
      requests.add(new MailRequest(NewTaskNotices.NEW_TASK_MAIL, member, List.of(task.getId()), decisionId,
          ClockUtil.getCurrentTime()));
    }
    discardQueuedMail();
    return requests;
  }

  private HistoricProcessInstance deliveryOf(MailRequest request) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKey(request.key()).singleResult();
  }

  private Object record(MailRequest request, String variable) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(deliveryOf(request).getId())
        .variableName(variable).singleResult().getValue();
  }

  private List<String> messageIds() {
    return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
      try {
        return message.getMessageID();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static CountingSmtpProxy proxy() {
    try {
      return new CountingSmtpProxy(SMTP.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SMTP through the counting relay; when armed, the JVM side "dies" after the server accepted the batch. */
  static final class CrashingBatchTransport implements MailTransport {

    final AtomicBoolean armed = new AtomicBoolean();
    private final MailTransport smtp;

    CrashingBatchTransport(MailTransport smtp) {
      this.smtp = smtp;
    }

    @Override
    public void deliver(ComposedMail mail) {
      smtp.deliver(mail);
    }

    @Override
    public Map<String, Exception> deliverAll(List<ComposedMail> mails) {
      Map<String, Exception> failed = smtp.deliverAll(mails);
      if (armed.get()) {
        throw new MailCrashTest.SimulatedCrash();
      }
      return failed;
    }
  }

  @TestConfiguration
  static class ThroughTheRelay {

    @Bean
    @Primary
    CrashingBatchTransport crashingBatchTransport() {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(PROXY.port());
      Properties properties = new Properties();
      properties.put("mail.smtp.connectiontimeout", "2000");
      properties.put("mail.smtp.timeout", "5000");
      sender.setJavaMailProperties(properties);
      return new CrashingBatchTransport(new SmtpMailTransport(sender));
    }
  }
}
