package cn.dlm.cluster;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.notification.NewWorkDispatch;
import cn.dlm.notification.NewWorkNotices;
import cn.dlm.support.PostgresCondition;
import cn.dlm.support.PostgresServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Camunda's cluster model with our application: two nodes on one PostgreSQL database, both job
 * executors on. Cycles are driven with tasks completed alternately on either node; new-work notices
 * (gathered per window: one mail per person), three days of reminder sweeps and their mails run as
 * jobs on both, and so do the hand-over to
 * rectification and the start of the item flows when one cycle is taken to its end. Every mail reaches
 * the SMTP server (GreenMail) once, every job runs to success once, and nothing is left behind.
 */
@ExtendWith(PostgresCondition.class)
class TwoNodesPostgresIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final LocalDate MEETING = LocalDate.of(2026, 12, 15);
  /** Talks and materials are due on Friday 2026-12-04 (M-10, a Saturday, moved back); these are the next working days. */
  static final List<LocalDate> SWEEP_DAYS =
      List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 10));
  static final String PASSWORD = "Cluster#2026pass";
  static final String OFFICE = "office1";
  static final String SUPERVISOR = "supervisor1";
  static final Date FAR_FUTURE = Date.from(LocalDate.of(2099, 1, 1).atStartOfDay(ZONE).toInstant());
  static final Duration PATIENCE = Duration.ofMinutes(3);

  static PostgresServer server;
  static String databaseUrl;
  static GreenMail smtp;
  static Node nodeA;
  static Node nodeB;

  @BeforeAll
  static void startTwoNodes() {
    setClock(TODAY.atTime(10, 0));
    server = PostgresServer.required();
    databaseUrl = server.createDatabase("dlm_it");
    int smtpPort = freePort();
    ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    smtp = new GreenMail(setup);
    smtp.start();

    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", databaseUrl);
    settings.put("spring.datasource.username", server.user());
    settings.put("spring.datasource.password", server.password());
    settings.put("dlm.mail.transport", "smtp");
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", smtpPort);
    // Poll often, so a test does not wait out the idle back-off (default up to a minute).
    settings.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
    settings.put("camunda.bpm.job-execution.max-wait", 1000);
    // Node A creates the schema and deploys; node B then finds both and deploys nothing new.
    nodeA = Node.start("node-a", settings);
    nodeB = Node.start("node-b", settings);
  }

  @AfterAll
  static void stopNodes() {
    try {
      for (Node node : new Node[] {nodeB, nodeA}) {
        if (node != null) {
          node.close();
        }
      }
      if (smtp != null) {
        smtp.stop();
      }
      if (databaseUrl != null) {
        server.dropDatabase(databaseUrl);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void tasksOnEitherNodeJobsOnBothEachMailOnce() throws Exception {
    ProcessEngine a = nodeA.engine();
    ProcessEngine b = nodeB.engine();
    assertThat(a.getRepositoryService().createDeploymentQuery().count())
        .as("node B deployed nothing new").isEqualTo(b.getRepositoryService().createDeploymentQuery().count());
    holdSweepTimer(a);

    TestTeam.ensureUser(a.getIdentityService(), OFFICE, PASSWORD, AccessModel.OFFICE_GROUP);
    TestTeam.ensureUser(b.getIdentityService(), SUPERVISOR, PASSWORD, AccessModel.SUPERVISORS_GROUP);
    List<TestTeam> teams = List.of(1, 2, 3).stream().map(n -> TestTeam.numbered(n, 8, OFFICE, SUPERVISOR)).toList();
    for (int i = 0; i < teams.size(); i++) {
      TestTeam team = teams.get(i);
      team.create((i % 2 == 0 ? a : b).getIdentityService(), PASSWORD);
      CycleDriver[] on = {driver(a, team), driver(b, team)};
      ProcessInstance cycle = on[i % 2].start(on[i % 2].startForm(2026, MEETING));
      on[(i + 1) % 2].recordStudy(cycle);
      on[i % 2].collectOpinions(cycle);
      on[(i + 1) % 2].acknowledgeOpinions(cycle);
    }
    List<Task> open = a.getTaskService().createTaskQuery().active().list();
    assertThat(open).as("talks and materials of 3 teams of 8, and 3 team materials").hasSize(3 * 17);
    awaitQueuedMail(a);
    assertEachMailDeliveredOnce(a);
    Set<String> participants = teams.stream().flatMap(t -> t.participants().stream()).collect(Collectors.toSet());
    Map<String, Long> notices = mailsOfKind(NewWorkDispatch.NEW_WORK_MAIL).stream()
        .collect(groupingBy(TwoNodesPostgresIT::recipient, counting()));
    // Whoever completed his or her team's last acknowledgement gave the talks and materials to the team,
    // himself or herself included, and is not told about that.
    assertThat(participants).as("participants told of their new work").containsAll(notices.keySet());
    assertThat(notices).as("all but one per team").hasSizeGreaterThanOrEqualTo(participants.size() - teams.size());
    assertThat(notices.values()).as("each in one mail, sent once").containsOnly(1L);
    smtp.purgeEmailFromAllMailboxes();

    List<String> firedBy = new ArrayList<>();
    for (int day = 0; day < SWEEP_DAYS.size(); day++) {
      Node firing = day == 0 ? nodeA : day == 1 ? nodeB : null;
      firedBy.add(sweep(a, SWEEP_DAYS.get(day), firing, day + 1));
      Map<String, Long> reminders = mailsOfKind("reminder").stream().collect(groupingBy(TwoNodesPostgresIT::recipient,
          counting()));
      assertThat(reminders.keySet()).as("day %d: one digest per participant", day + 1).isEqualTo(participants);
      assertThat(reminders.values()).as("day %d: no participant reminded twice", day + 1).containsOnly(1L);
      assertEachMailDeliveredOnce(a);
      smtp.purgeEmailFromAllMailboxes();
    }

    assertThat(firedBy).as("the sweep's timer fired on node A, on node B, then on whichever node won")
        .startsWith("node-a", "node-b");
    for (Task task : open) {
      assertThat(nodeA.jdbc().queryForObject("SELECT REMINDER_COUNT_ FROM DLM_TASK_REMINDER WHERE TASK_ID_ = ?",
          Integer.class, task.getId())).as("reminded once a day").isEqualTo(SWEEP_DAYS.size());
    }

    ProcessInstance closed = wholeCycleOnBothNodes(a, b, teams.get(0));
    assertThat(a.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(closed.getId())
        .singleResult().getEndTime()).as("the first team's cycle ended").isNotNull();
    awaitQueuedMail(a);
    assertEachMailDeliveredOnce(a);
    assertNoJobLost(a);
  }

  /**
   * Takes the team's cycle from the preparation on to its end: steps alternate between the nodes, and
   * the asynchronous steps (hand-over to rectification, start of the item flows) are left to the job
   * executors.
   */
  private ProcessInstance wholeCycleOnBothNodes(ProcessEngine a, ProcessEngine b, TestTeam team) {
    CycleDriver[] on = {driver(a, team), driver(b, team)};
    ProcessInstance cycle = a.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CycleContract.PROCESS_KEY).processInstanceBusinessKey(team.id() + "-2026").singleResult();
    on[0].recordAllTalks(cycle);
    on[1].checkTalks(cycle);
    on[0].teamMaterialApproved(cycle);
    on[1].allMemberMaterialsApproved(cycle);
    on[0].reportAndApprovePlan(cycle, MEETING);
    on[1].complete(on[1].task(cycle, "Task_RecordMeeting"), on[1].meetingForm(team.participants()));
    // Jobs in flight first: a clock jumping past their lock expiry would let the other node take them again.
    awaitQueuedMail(a);
    setClock(MEETING.plusDays(1).atTime(10, 0));
    on[0].followUp(cycle, MEETING.plusDays(1));

    await().atMost(PATIENCE).until(() -> on[1].rectification(cycle) != null);
    ProcessInstance rectification = on[1].rectification(cycle);
    on[1].draftRectificationPlan(rectification, 12, MEETING.plusDays(120));
    await().atMost(PATIENCE).until(() -> on[0].tasksIn(rectification, "Task_ReportProgress").size() == 12);
    on[0].reportAllItems(rectification);
    on[1].closeAllItems(rectification);
    on[0].signAndAcknowledgeReport(rectification);
    return cycle;
  }

  /** One day's sweep: fired through {@code firing}, or by the job executors when null; returns the firing node. */
  private String sweep(ProcessEngine engine, LocalDate day, Node firing, int sweepsSoFar) {
    setClock(day.atTime(9, 30));
    ManagementService management = engine.getManagementService();
    Job timer = sweepTimer(engine);
    if (firing != null) {
      firing.engine().getManagementService().executeJob(timer.getId());
    } else {
      management.setJobDuedate(timer.getId(), Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
    }
    HistoryService history = engine.getHistoryService();
    await().atMost(PATIENCE).until(() -> history.createHistoricActivityInstanceQuery()
        .activityId("remindOwners").finished().count() == sweepsSoFar);
    awaitQueuedMail(engine);
    holdSweepTimer(engine);
    HistoricJobLog fired = history.createHistoricJobLogQuery().jobId(timer.getId()).successLog().singleResult();
    return fired.getHostname();
  }

  /** Keeps the daily timer from firing by itself while the test moves the clock across days. */
  private static void holdSweepTimer(ProcessEngine engine) {
    engine.getManagementService().setJobDuedate(sweepTimer(engine).getId(), FAR_FUTURE);
  }

  private static Job sweepTimer(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().processDefinitionKey("reminder-sweep").timers()
        .singleResult();
  }

  /** Ends the notice window at once if notices are queued (the job executors dispatch them), then awaits every mail. */
  private static void awaitQueuedMail(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    if (queuedNotices(engine) > 0) {
      management.setJobDuedate(dispatchTimer(engine).getId(), new Date(ClockUtil.getCurrentTime().getTime() - 1000));
    }
    await().atMost(PATIENCE).until(() -> queuedNotices(engine) == 0 && management.createJobQuery().messages().count() == 0);
  }

  private static long queuedNotices(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NewWorkNotices.PROCESS_KEY)
        .count();
  }

  private static Job dispatchTimer(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().processDefinitionKey(NewWorkDispatch.PROCESS_KEY).timers()
        .singleResult();
  }

  /** Every mail the engine recorded as sent arrived once, and nothing else arrived. */
  private static void assertEachMailDeliveredOnce(ProcessEngine engine) {
    List<String> received = received().stream().map(TwoNodesPostgresIT::messageId).toList();
    Set<String> sent = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("messageId")
        .list().stream().map(HistoricVariableInstance::getValue).map(String::valueOf).collect(Collectors.toSet());
    assertThat(received).as("no mail delivered twice").doesNotHaveDuplicates();
    assertThat(sent).as("every received mail was recorded as sent").containsAll(received);
  }

  /** Every job created has run to success exactly once (but the pending timer), and none failed for good. */
  private static void assertNoJobLost(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    assertThat(management.createJobQuery().list()).as("only the next timers of the sweep and the notice dispatch are left")
        .extracting(Job::getId).containsExactlyInAnyOrder(sweepTimer(engine).getId(), dispatchTimer(engine).getId());
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    HistoryService history = engine.getHistoryService();
    Set<String> deleted = history.createHistoricJobLogQuery().deletionLog().list().stream()
        .map(HistoricJobLog::getJobId).collect(Collectors.toSet());
    Set<String> created = history.createHistoricJobLogQuery().creationLog().list().stream()
        .map(HistoricJobLog::getJobId).filter(job -> !deleted.contains(job)).collect(Collectors.toSet());
    created.remove(sweepTimer(engine).getId());
    created.remove(dispatchTimer(engine).getId());
    Map<String, Long> successes = history.createHistoricJobLogQuery().successLog().list().stream()
        .collect(groupingBy(HistoricJobLog::getJobId, counting()));
    // Dozens, not hundreds, since a dispatch's or a sweep's mails share two jobs per batch (mail-batch).
    assertThat(created).as("jobs created").hasSizeGreaterThan(20);
    assertThat(successes.keySet()).as("every job ran").isEqualTo(created);
    assertThat(successes.values()).as("and ran once").containsOnly(1L);
    assertThat(history.createHistoricJobLogQuery().deletionLog().list()).as("jobs deleted unrun")
        .extracting(HistoricJobLog::getActivityId).containsOnly("BoundaryEvent_DeadlinePassed");
    Map<String, Long> byNode = new LinkedHashMap<>();
    for (String node : List.of("node-a", "node-b")) {
      byNode.put(node, history.createHistoricJobLogQuery().successLog().hostname(node).count());
    }
    System.out.println("TwoNodesPostgresIT: " + created.size() + " jobs run once each, by node " + byNode);
    assertThat(byNode.values()).as("jobs run on each node").allMatch(count -> count > 0);
  }

  private static CycleDriver driver(ProcessEngine engine, TestTeam team) {
    return new CycleDriver(engine, TODAY, team).authenticated();
  }

  private static List<MimeMessage> received() {
    return List.of(smtp.getReceivedMessages());
  }

  private static List<MimeMessage> mailsOfKind(String kind) {
    return received().stream().filter(mail -> messageId(mail).startsWith("<" + kind + ".")).toList();
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage mail) {
    try {
      String address = ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
      return address.substring(0, address.indexOf('@'));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setClock(LocalDateTime localTime) {
    ClockUtil.setCurrentTime(Date.from(localTime.atZone(ZONE).toInstant()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
