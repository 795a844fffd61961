package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;

class MailDeliveryReliabilityTest extends MailIntegrationTest {

  @Test
  void smtpDownMeansRetriesThenAnIncidentAndTheIncidentRetrySendsExactlyOneMail() {
    setClock(at(2026, 10, 20, 10, 0));
    smtp.stop();
    Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    managementService.executeJob(mailJobs().get(0).getId());
    Job job = mailJobs().get(0);

    int attempts = 0;
    while (job.getRetries() > 0 && attempts < 10) {
      Date failedAt = new Date(at(2026, 10, 20, 10, 0).toInstant().toEpochMilli() + attempts * Duration.ofMinutes(5).toMillis());
      ClockUtil.setCurrentTime(failedAt);
      String jobId = job.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(MailException.class);
      attempts++;
      job = managementService.createJobQuery().jobId(jobId).singleResult();
      if (job.getRetries() > 0) {
        assertThat(job.getDuedate()).as("next attempt five minutes later")
            .isEqualTo(new Date(failedAt.getTime() + Duration.ofMinutes(5).toMillis()));
      }
    }

    assertThat(attempts).as("R5/PT5M: five attempts in all, five minutes apart").isEqualTo(5);
    Incident incident = runtimeService.createIncidentQuery()
        .processInstanceId(job.getProcessInstanceId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("sendMail");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
        .as("retrying resolves the incident, as in Cockpit").isZero();
    managementService.executeJob(job.getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    MailParts mail = MailParts.of(mailsTo("lihua").get(0));
    assertThat(mail.subject()).isEqualTo("【新待办】撰写个人对照检查材料");
    String key = historyService.createHistoricProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
        .singleResult().getBusinessKey();
    assertThat(key).startsWith("new-task." + task.getId());
    assertThat(mail.messageId()).isEqualTo(MessageIds.of(key, "dlm.example.cn"));
    assertThat(mailJobs()).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS).count()).isZero();
  }
}
