package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A crash during delivery: the SMTP server (GreenMail) accepts the mail, then the sending job's
 * transaction never commits, as when the JVM is killed between the server's answer and the commit.
 * After the "restart" the task has been finished; the mail went out all the same, so its record must
 * say so, never 无需发送 (not needed).
 */
class MailCrashTest extends MailIntegrationTest {

  @Autowired CrashAfterAccepting transport;
  @Autowired MailQueue mailQueue;

  @AfterEach
  void disarm() {
    transport.armed.set(false);
  }

  @Test
  void aMailTheServerAcceptedBeforeACrashIsNeverRecordedAsNotNeeded() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    discardQueuedMail();
    Date now = ClockUtil.getCurrentTime();
    MailRequest request = new MailRequest(NewTaskNotices.NEW_TASK_MAIL, "lihua", List.of(task.getId()), "crash", now);
    mailQueue.enqueue(request);

    transport.armed.set(true);
    assertThatThrownBy(this::deliverQueuedMail).isInstanceOf(SimulatedCrash.class);
    assertThat(smtp.getReceivedMessages()).as("the server accepted the mail before the crash").hasSize(1);
    String acceptedId = smtp.getReceivedMessages()[0].getMessageID();

    transport.armed.set(false);
    taskService.complete(task.getId());
    ClockUtil.setCurrentTime(new Date(now.getTime() + 10 * 60_000));
    deliverQueuedMail();

    assertThat(mailJobs()).isEmpty();
    String delivery = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKey(request.key()).singleResult().getId();
    HistoricVariableInstance outcome = historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery)
        .variableName("outcome").singleResult();
    assertThat((String) outcome.getValue()).as("a mail that went out is recorded as sent")
        .doesNotStartWith("无需发送").isEqualTo("已发送：【新待办】撰写个人对照检查材料");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(message -> {
      try {
        return message.getMessageID();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).as("at least once, and a copy has the same Message-ID").hasSize(2).containsOnly(acceptedId);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery)
        .variableName("messageId").singleResult().getValue()).isEqualTo(acceptedId);
  }

  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash() {
      super("simulated crash after the SMTP server accepted the mail");
    }
  }

  /** The real SMTP transport; when armed, the JVM side "dies" after the server has accepted the mail. */
  static final class CrashAfterAccepting implements MailTransport {

    final AtomicBoolean armed = new AtomicBoolean();
    private final MailTransport smtp;

    CrashAfterAccepting(MailTransport smtp) {
      this.smtp = smtp;
    }

    @Override
    public void deliver(ComposedMail mail) {
      smtp.deliver(mail);
      if (armed.get()) {
        throw new SimulatedCrash();
      }
    }
  }

  @TestConfiguration
  static class CrashingTransportConfiguration {

    @Bean
    @Primary
    CrashAfterAccepting crashAfterAccepting(@Qualifier("mailTransport") MailTransport smtp) {
      return new CrashAfterAccepting(smtp);
    }
  }
}
