package cn.dlm.benchmark;

import cn.dlm.DlmApplication;
import cn.dlm.access.AccessModel;
import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A county season in one JVM of our application: {@code teams} teams of {@code people} through the whole
 * cycle with {@code items} rectification items each, driven through the engine's Java API as Tasklist
 * would, with the job executor on and mail going to the orchestrator's SMTP server. At the moment of
 * most open tasks (the preparation) it measures the REST calls and the reminder sweep.
 */
public final class SeasonRun {

  static final String PASSWORD = "Bench#2026pass";
  static final String OFFICE = "office1";
  static final String SUPERVISOR = "supervisor1";

  private SeasonRun() {}

  public static void main(String[] args) {
    ProcessMemory memory = ProcessMemory.sample();
    Database database = Database.fromSystemProperties();
    int teams = Integer.getInteger("dlm.bench.teams");
    int people = Integer.getInteger("dlm.bench.people");
    int items = Integer.getInteger("dlm.bench.items");
    Season.setClock(SeasonPhases.TODAY.atTime(10, 0));
    ConfigurableApplicationContext app = start(database);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    Snapshot.holdSweepTimer(engine);
    createStaff(engine);

    Season season = new Season(engine, cycles(engine, 1, teams, people));
    season.run(SeasonPhases.untilPreparation());
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    Map<String, Object> snapshot = new Snapshot(engine, season, "http://127.0.0.1:" + port, PASSWORD, OFFICE)
        .measure(Integer.getInteger("dlm.bench.sweepTasks"), Integer.getInteger("dlm.bench.requests"),
            Integer.getInteger("dlm.bench.boardCycles"), (from, count, size) -> cycles(engine, from, count, size));
    season.run(SeasonPhases.fromPreparation(items));

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("teams", teams);
    figures.put("people", people);
    figures.put("items", items);
    List<Map<String, Object>> phases = new ArrayList<>();
    long nanos = 0;
    long cpuNanos = 0;
    long completions = 0;
    for (Season.PhaseResult result : season.results()) {
      phases.add(Map.of("name", result.name(), "seconds", result.seconds(), "completions", result.completions()));
      nanos += result.nanos();
      cpuNanos += result.cpuNanos();
      completions += result.completions();
    }
    figures.put("phases", phases);
    figures.put("launch", season.launches().get(0).figures());
    figures.put("seconds", nanos / 1e9);
    figures.put("cpuSeconds", cpuNanos / 1e9);
    figures.put("completions", completions);
    figures.put("cyclesClosed", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CycleContract.PROCESS_KEY).completed().count());
    figures.put("incidents", engine.getRuntimeService().createIncidentQuery().count());
    figures.put("mailsSent", engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("messageId").count());
    figures.put("snapshot", snapshot);
    @SuppressWarnings("unchecked")
    Map<String, Long> boardOnlyRows = (Map<String, Long>) snapshot.get("boardOnlyRows");
    figures.put("storedRows", StoredRows.minus(StoredRows.count(app.getBean(DataSource.class)), boardOnlyRows));
    figures.put("tasksFinished", engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count());
    figures.put("heapPeakMb", memory.peakHeapUsedMb());
    figures.put("heapMaxMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    figures.put("rssPeakMb", ProcessMemory.peakRssMb());
    figures.put("rssEndMb", ProcessMemory.rssMb());
    Output.emit(figures);
    app.close();
    System.exit(0);
  }

  private static ConfigurableApplicationContext start(Database database) {
    List<String> args = new ArrayList<>(database.datasourceArguments());
    args.add("--server.port=0");
    args.add("--dlm.mail.transport=smtp");
    args.add("--spring.mail.host=127.0.0.1");
    args.add("--spring.mail.port=" + Integer.getInteger("dlm.bench.smtpPort"));
    String extra = System.getProperty("dlm.bench.appArgs", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    return new SpringApplicationBuilder(DlmApplication.class).profiles(database.profiles().split(","))
        .run(args.toArray(String[]::new));
  }

  /** The office (组织办) and the supervisors (督导组) of the county: two people each. */
  private static void createStaff(ProcessEngine engine) {
    for (String office : List.of(OFFICE, "office2")) {
      TestTeam.ensureUser(engine.getIdentityService(), office, PASSWORD, AccessModel.OFFICE_GROUP);
    }
    for (String supervisor : List.of(SUPERVISOR, "supervisor2")) {
      TestTeam.ensureUser(engine.getIdentityService(), supervisor, PASSWORD, AccessModel.SUPERVISORS_GROUP);
    }
  }

  /** Teams {@code from} … {@code from + count - 1}, created with their users. */
  static List<TeamCycle> cycles(ProcessEngine engine, int from, int count, int people) {
    List<TeamCycle> cycles = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      TestTeam team = TestTeam.numbered(n, people, OFFICE, SUPERVISOR);
      team.create(engine.getIdentityService(), PASSWORD);
      cycles.add(new TeamCycle(team, new CycleDriver(engine, SeasonPhases.TODAY, team).authenticated()));
    }
    return cycles;
  }

  static Job sweepTimer(ProcessEngine engine) {
    return engine.getManagementService().createJobQuery().processDefinitionKey("reminder-sweep").timers()
        .singleResult();
  }

  static String overdueFilterId(ProcessEngine engine) {
    return engine.getFilterService().createTaskFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult()
        .getId();
  }
}
