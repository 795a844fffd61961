package cn.dlm.board;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board's read model never drifts from the engine: after a scenario with a running cycle whose steps (its own
 * and its called processes') are overdue and reassigned, a withdrawn cycle started again, a closed cycle and a cycle
 * the read model never saw start (as in a database from before it, filled at start-up), every row and every open
 * task it keeps equals what the engine's history and runtime say.
 */
@WebAppTest
class BoardReadModelTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final TestTeam RUNNING = TestTeam.numbered(761, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam WITHDRAWN = TestTeam.numbered(762, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam CLOSED = TestTeam.numbered(763, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam UNSEEN = TestTeam.numbered(764, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired BoardStore store;
  @Autowired BoardFromEngine fromEngine;
  @Autowired BoardBackfill backfill;
  @Autowired DataSource dataSource;

  final List<String> started = new ArrayList<>();

  @AfterEach
  void removeThisTestsCycles() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
  }

  @Test
  void everyRowAndOpenTaskOfTheReadModelEqualsTheEngine() {
    LocalDate meeting = LocalDate.now(SHANGHAI).plusDays(40);
    int year = meeting.getYear();

    ProcessInstance running = start(RUNNING, meeting);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(SHANGHAI), RUNNING);
    driver.recordStudy(running);
    driver.collectOpinions(running);
    runJobsOf(running);
    List<Task> acknowledgements = driver.tasks(running, "Task_AcknowledgeOpinions");
    assertThat(acknowledgements).as("tasks of a called process").isNotEmpty();
    driver.complete(acknowledgements.get(0), Map.of("acknowledged", true, "acknowledgementNote", "认领"));
    Date threeDaysAgo = Date.from(LocalDate.now(SHANGHAI).minusDays(3).atTime(18, 0).atZone(SHANGHAI).toInstant());
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(running.getBusinessKey())
        .list()) {
      engine.getTaskService().setDueDate(task.getId(), threeDaysAgo);
    }
    Task reassigned = driver.tasks(running, "Task_AcknowledgeOpinions").get(0);
    engine.getTaskService().setAssignee(reassigned.getId(), RUNNING.members().get(1));

    ProcessInstance withdrawn = start(WITHDRAWN, meeting);
    assertThat(new SessionClient(port).post("/api/cycles/" + withdrawn.getBusinessKey() + "/withdraw",
        "{\"reason\":\"班子调整\"}", basic(CycleDriver.OFFICE)).statusCode()).isEqualTo(200);
    ProcessInstance startedAgain = start(WITHDRAWN, meeting);

    ProcessInstance closed = start(CLOSED, meeting);
    engine.getRuntimeService().setVariable(closed.getId(), "rectificationSummary",
        CycleDriver.json("{\"total\":4,\"open\":1,\"overdue\":1,\"closed\":2,\"carriedOver\":1}"));
    engine.getRuntimeService().createProcessInstanceModification(closed.getId())
        .cancelAllForActivity("Task_RecordStudy").startBeforeActivity("EndEvent_CycleClosed").execute();

    ProcessInstance unseen = start(UNSEEN, meeting);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM DLM_BOARD_TASK WHERE CYCLE_ID_ = ?", unseen.getId());
    jdbc.update("DELETE FROM DLM_BOARD_CYCLE WHERE PROC_INST_ID_ = ?", unseen.getId());
    assertThat(store.cycles(year)).extracting(BoardStore.CycleRow::processInstanceId).doesNotContain(unseen.getId());
    assertThat(backfill.fill()).isGreaterThanOrEqualTo(1);

    List<String> ids = List.of(running.getId(), withdrawn.getId(), startedAgain.getId(), closed.getId(),
        unseen.getId());
    List<HistoricProcessInstance> cycles = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(Set.copyOf(ids)).list();
    Map<String, BoardFromEngine.Cycle> truth = new LinkedHashMap<>();
    fromEngine.of(cycles).forEach(cycle -> truth.put(cycle.row().processInstanceId(), cycle));
    Map<String, BoardStore.CycleRow> recorded = new LinkedHashMap<>();
    store.cycles(year).forEach(row -> recorded.put(row.processInstanceId(), row));
    Map<String, List<Map<String, Object>>> recordedTasks = new LinkedHashMap<>();
    store.openTasks(year).forEach(task -> recordedTasks.computeIfAbsent(task.cycleId(), id -> new ArrayList<>())
        .add(comparable(task)));

    assertThat(truth.get(running.getId()).openTasks()).as("the running cycle's open tasks").hasSizeGreaterThan(1)
        .extracting(BoardStore.TaskRow::processDefinitionId).map(id -> id.split(":")[0]).contains("acknowledge-opinions");
    assertThat(truth.get(withdrawn.getId()).row().state()).isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    assertThat(truth.get(closed.getId()).row().state()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    for (String id : ids) {
      BoardFromEngine.Cycle expected = truth.get(id);
      assertThat(comparable(recorded.get(id))).as("row of " + expected.row().businessKey())
          .isEqualTo(comparable(expected.row()));
      assertThat(recordedTasks.getOrDefault(id, List.of())).as("open tasks of " + expected.row().businessKey())
          .containsExactlyInAnyOrderElementsOf(expected.openTasks().stream().map(BoardReadModelTest::comparable)
              .toList());
    }
  }

  /** A row with its dates as instants and its withdrawal as a JSON tree, whatever types the readers return. */
  private static Map<String, Object> comparable(BoardStore.CycleRow row) {
    assertThat(row).isNotNull();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("businessKey", row.businessKey());
    values.put("year", row.year());
    values.put("started", row.started() == null ? null : row.started().getTime());
    values.put("state", row.state());
    values.put("team", row.teamId() + "|" + row.teamName());
    values.put("phase", row.phase());
    values.put("meetingDay", row.meetingDay());
    values.put("withdrawal", row.withdrawal() == null ? null : JsonValues.tree(row.withdrawal()));
    values.put("rectification", List.of(String.valueOf(row.rectificationOpen()), String.valueOf(row.rectificationOverdue()),
        String.valueOf(row.rectificationClosed()), String.valueOf(row.rectificationCarriedOver())));
    return values;
  }

  private static Map<String, Object> comparable(BoardStore.TaskRow task) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("taskId", task.taskId());
    values.put("cycleId", task.cycleId());
    values.put("step", task.processDefinitionId() + "#" + task.taskDefinitionKey());
    values.put("name", task.name());
    values.put("assignee", task.assignee());
    values.put("due", task.dueDate() == null ? null : task.dueDate().getTime());
    return values;
  }

  private ProcessInstance start(TestTeam team, LocalDate meeting) {
    team.create(engine.getIdentityService(), DEMO_PASSWORD);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(SHANGHAI), team);
    ProcessInstance cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    started.add(cycle.getId());
    return cycle;
  }

  /** The jobs of the cycle's own process tree (its called processes carry its business key), as the executor would. */
  private void runJobsOf(ProcessInstance cycle) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = new ArrayList<>();
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(cycle.getBusinessKey()).list()
          .forEach(instance -> jobs.addAll(engine.getManagementService().createJobQuery()
              .processInstanceId(instance.getId()).executable().list()));
      if (jobs.isEmpty()) {
        return;
      }
      jobs.stream().sorted(Comparator.comparing(Job::getId))
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
