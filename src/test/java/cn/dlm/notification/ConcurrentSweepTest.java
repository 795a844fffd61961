package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing one database run a sweep each at the same moment. Whatever the interleaving,
 * each task is recorded once and each person gets one digest: the second decision about a task
 * collides on the task's record (unique variable per task, or its revision) and rolls back with
 * everything it queued; its job retries later and then finds the task already reminded.
 */
class ConcurrentSweepTest extends MailIntegrationTest {

  @Test
  void twoSweepsAtOnceRemindEachTaskOnce() throws Exception {
    setClock(at(2026, 10, 20, 10, 0));
    List<Task> tasks = new ArrayList<>();
    for (String member : List.of("lihua", "zhangmin", "sunlei", "zhouyan", "wuhao")) {
      tasks.add(startAssigned(member, "撰写个人对照检查材料", at(2026, 11, 2, 17, 0)));
      tasks.add(startAssigned(member, "开展谈心谈话", at(2026, 10, 30, 17, 0)));
    }
    clearNotices();
    setClock(at(2026, 11, 2, 9, 0));
    List<String> sweepJobs = twoPendingSweeps();

    int succeeded = JobsAtOnce.run(managementService, sweepJobs);
    assertThat(succeeded).as("at least one node decides").isPositive();
    retryFailedSweeps();
    deliverQueuedMail();

    for (String member : List.of("lihua", "zhangmin", "sunlei", "zhouyan", "wuhao")) {
      assertThat(mailsTo(member)).as(member).hasSize(1);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    for (Task task : tasks) {
      assertThat(reminderRecord(task.getId()).reminderCount()).isEqualTo(1);
    }
  }

  private List<String> twoPendingSweeps() {
    for (int i = 0; i < 2; i++) {
      Job timer = managementService.createJobQuery().processDefinitionKey("reminder-sweep").timers().singleResult();
      managementService.executeJob(timer.getId());
    }
    List<String> jobs = managementService.createJobQuery().processDefinitionKey("reminder-sweep").messages().list()
        .stream().map(Job::getId).toList();
    assertThat(jobs).hasSize(2);
    return jobs;
  }

  private void retryFailedSweeps() {
    managementService.createJobQuery().processDefinitionKey("reminder-sweep").messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
