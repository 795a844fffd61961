package cn.dlm.notification;

import cn.dlm.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Shared set-up for mail tests: GreenMail as the real SMTP server on a free port, two small
 * test processes whose user tasks carry the cycle's variables, and helpers that drive the jobs
 * (notices, sweep, delivery) by hand with the engine clock set by the test. New-work notices go one
 * mail per task here (a zero notice window); {@code NewWorkNoticeTest} gathers them.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestPropertySource(properties = "dlm.mail.notice-window=PT0S")
abstract class MailIntegrationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String TEAM = "某县人民政府党组";
  static final String OFFICE = "organizing-office";

  static final ServerSetup SMTP = TestSmtp.onFreePort();
  private static final List<String> TEST_PROCESSES =
      List.of("reminder-test-assigned", "reminder-test-group", "reminder-test-returned", "reminder-test-returned-item",
          NotificationContract.MAIL_PROCESS, NotificationContract.MAIL_BATCH_PROCESS, "reminder-sweep",
          NewWorkNotices.PROCESS_KEY, NewWorkDispatch.PROCESS_KEY);

  /** One server per test class on a port fixed for the JVM, emptied before each test. */
  @RegisterExtension
  static final GreenMailExtension smtp = TestSmtp.server(SMTP);

  @DynamicPropertySource
  static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
    TestSmtp.sendThrough(SMTP, registry);
    registry.add("spring.mail.properties[mail.smtp.connectiontimeout]", () -> 2000);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ReminderRecords reminderRecords;

  @BeforeEach
  void emptyMailboxes() {
    clearMailboxes();
  }

  @BeforeEach
  void deployTestProcesses() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("reminder-test-assigned").count() == 0) {
      repositoryService.createDeployment().name("reminder-tests")
          .addClasspathResource("reminder/reminder-test-tasks.bpmn").deploy();
    }
  }

  @AfterEach
  void cleanUp() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    ClockUtil.reset();
    identityService.clearAuthentication();
    for (String key : TEST_PROCESSES) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
          .map(ProcessInstance::getId).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test cleanup", true, true);
      }
    }
  }

  static void setClock(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI);
  }

  Task startAssigned(String assignee, String title, ZonedDateTime due) {
    return start("reminder-test-assigned", Map.of("assignee", assignee, "title", title, "due", Date.from(due.toInstant())));
  }

  Task startForGroup(String group, String title, ZonedDateTime due) {
    return start("reminder-test-group", Map.of("candidateGroup", group, "title", title, "due", Date.from(due.toInstant())));
  }

  Task start(String processKey, Map<String, Object> taskVariables) {
    Map<String, Object> variables = Variables.fromMap(cycleVariables());
    variables.putIfAbsent("description", "请按要求办理。");
    variables.putAll(taskVariables);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, variables);
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  static Map<String, Object> cycleVariables() {
    return Map.of("teamName", TEAM, "teamId", "county-gov-party-group", "year", 2026,
        "theme", "2026年度民主生活会", "secretary", "wangjianguo");
  }

  List<Job> mailJobs() {
    return managementService.createJobQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS).list();
  }

  List<Job> batchJobs() {
    return managementService.createJobQuery().processDefinitionKey(NotificationContract.MAIL_BATCH_PROCESS).list();
  }

  /**
   * Runs the queued mail jobs as the job executor would after the deciding transaction committed: each
   * mail's preparation, then its sending; for the mails of a batch, the batch's preparation, then its sending.
   */
  void deliverQueuedMail() {
    for (int step = 0; step < 2; step++) {
      batchJobs().forEach(job -> managementService.executeJob(job.getId()));
      mailJobs().forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /** Sends the notices of tasks created so far and forgets them, so a test sees only what follows. */
  void clearNotices() {
    deliverQueuedMail();
    clearMailboxes();
  }

  void clearMailboxes() {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops queued mail unsent, for tests about something else. */
  void discardQueuedMail() {
    for (String key : List.of(NotificationContract.MAIL_PROCESS, NotificationContract.MAIL_BATCH_PROCESS)) {
      List<String> queued = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .stream().map(ProcessInstance::getId).toList();
      if (!queued.isEmpty()) {
        runtimeService.deleteProcessInstances(queued, "not under test", true, true);
      }
    }
  }

  /** Fires the sweep's timer and runs the sweep step; returns the sweep's process instance id, or null on a day without reminders. */
  String runSweep() {
    Job timer = managementService.createJobQuery().processDefinitionKey("reminder-sweep").timers().singleResult();
    managementService.executeJob(timer.getId());
    Job sweep = managementService.createJobQuery().processDefinitionKey("reminder-sweep").messages().singleResult();
    if (sweep == null) {
      return null;
    }
    managementService.executeJob(sweep.getId());
    return sweep.getProcessInstanceId();
  }

  List<MimeMessage> mailsTo(String userId) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isAddressedTo(message, userId)).toList();
  }

  private static boolean isAddressedTo(MimeMessage message, String userId) {
    try {
      for (Address address : message.getAllRecipients()) {
        if (((InternetAddress) address).getAddress().equals(userId + "@dlm.example.cn")) {
          return true;
        }
      }
      return false;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }



  /** What the sweep recorded about a task; {@link ReminderRecord#NONE} if nothing. */
  ReminderRecord reminderRecord(String taskId) {
    return reminderRecords.of(List.of(taskId)).getOrDefault(taskId, ReminderRecord.NONE);
  }
}
