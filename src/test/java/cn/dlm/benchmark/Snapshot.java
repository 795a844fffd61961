package cn.dlm.benchmark;

import static org.awaitility.Awaitility.await;

import cn.dlm.benchmark.RestLatency.Call;
import cn.dlm.cycle.CycleContract;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The season at its fullest, every team in the preparation with talks and materials open and overdue:
 * REST latency of a member's task list and of the office's overdue filter, and one reminder sweep over
 * all of it, mails delivered. Teams are added for the sweep only (and removed after it) when the season
 * alone has fewer open tasks than the sweep is asked to cover. Then the county board (GET /api/board) with at
 * least {@code boardCycles} cycles in the year: teams of two are launched for the board only (年度部署, in parts of
 * at most 500 teams), and removed after.
 */
final class Snapshot {

  static final Date HELD = Date.from(SeasonPhases.MEETING.plusYears(50).atStartOfDay(Season.ZONE).toInstant());

  interface MoreCycles {
    List<TeamCycle> create(int firstTeam, int count, int people);
  }

  private final ProcessEngine engine;
  private final Season season;
  private final RestLatency rest;
  private final String office;

  Snapshot(ProcessEngine engine, Season season, String baseUrl, String password, String office) {
    this.engine = engine;
    this.season = season;
    this.rest = new RestLatency(baseUrl, password);
    this.office = office;
  }

  Map<String, Object> measure(int sweepTasks, int requests, int boardCycles, MoreCycles more) {
    Map<String, Object> figures = new LinkedHashMap<>();
    List<TeamCycle> extras = sweepOnlyTeams(sweepTasks, more);
    figures.put("sweepOnlyTeams", extras.size());
    season.clock(SeasonPhases.SWEEP_DAY.atTime(9, 30));
    figures.put("openTasks", engine.getTaskService().createTaskQuery().active().count());
    figures.put("overdueTasks", engine.getTaskService().createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime())
        .count());
    figures.putAll(restLatency(requests));
    Output.progress("snapshot so far: " + figures);
    figures.putAll(sweep());
    Output.progress("snapshot so far: " + figures);
    Map<String, Long> rowsBeforeBoard = StoredRows.count(engine.getProcessEngineConfiguration().getDataSource());
    List<TeamCycle> boardOnly = boardOnlyTeams(boardCycles, season.cycles().size() + extras.size() + 1, more);
    figures.put("boardOnlyTeams", boardOnly.size());
    figures.putAll(boardLatency(requests));
    remove(boardOnly, "board-only team");
    // What the board-only teams left (their cycles' history, the deadline table's evaluations) is not the season's.
    figures.put("boardOnlyRows", StoredRows.minus(
        StoredRows.count(engine.getProcessEngineConfiguration().getDataSource()), rowsBeforeBoard));
    remove(extras, "sweep-only team");
    // A city-scale season runs for hours after this: its snapshot is on record before the season ends.
    Output.progress("snapshot: " + figures);
    return figures;
  }

  private void remove(List<TeamCycle> cycles, String reason) {
    if (!cycles.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(cycles.stream().map(cycle -> cycle.cycle().getId()).toList(),
          reason, true, true);
    }
  }

  private long cyclesOfTheYear() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .processInstanceBusinessKeyLike("%-" + SeasonPhases.YEAR).count();
  }

  /** Teams of two, started so that the year has {@code boardCycles} cycles; their mails sent. */
  private List<TeamCycle> boardOnlyTeams(int boardCycles, int firstTeam, MoreCycles more) {
    int count = (int) Math.max(0, boardCycles - cyclesOfTheYear());
    if (count == 0) {
      return List.of();
    }
    Output.progress(cyclesOfTheYear() + " cycles; " + count + " board-only teams to reach " + boardCycles);
    List<TeamCycle> extras = more.create(firstTeam, count, 2);
    new Season(engine, extras).run(List.of(SeasonPhases.launch()));
    return extras;
  }

  /** The office's board of the year, as the Cockpit plugin asks for it. */
  private Map<String, Object> boardLatency(int requests) {
    Map<String, Object> figures = new LinkedHashMap<>();
    Call board = new Call(office, "/api/board?year=" + SeasonPhases.YEAR);
    figures.put("boardCycles", size(rest.get(board)));
    Percentiles latency = rest.measure(i -> board, 5, Math.max(20, requests / 4));
    figures.put("board", latency);
    Output.progress("board at " + figures.get("boardCycles") + " cycles: " + latency);
    return figures;
  }

  private List<TeamCycle> sweepOnlyTeams(int sweepTasks, MoreCycles more) {
    long open = engine.getTaskService().createTaskQuery().active().count();
    if (open >= sweepTasks) {
      return List.of();
    }
    int perTeam = SeasonPhases.openTasksPerTeam(season.cycles().get(0).team().participants().size());
    int count = (int) Math.ceil((sweepTasks - open) / (double) perTeam);
    Output.progress(open + " open tasks; " + count + " sweep-only teams to reach " + sweepTasks);
    List<TeamCycle> extras = more.create(season.cycles().size() + 1, count,
        season.cycles().get(0).team().participants().size());
    new Season(engine, extras).run(SeasonPhases.untilPreparation());
    return extras;
  }

  private Map<String, Object> restLatency(int requests) {
    Map<String, Object> figures = new LinkedHashMap<>();
    List<String> members = season.cycles().stream().flatMap(cycle -> cycle.team().members().stream()).toList();
    figures.put("memberTaskList", rest.measure(i -> memberList(RestLatency.pick(members, i)), 20, requests));
    figures.put("memberTasks", size(rest.get(memberList(members.get(0)))));

    String filter = "/engine-rest/filter/" + SeasonRun.overdueFilterId(engine) + "/list";
    Call page = new Call(office, filter + "?firstResult=0&maxResults=15");
    Call all = new Call(office, filter);
    figures.put("officeOverduePage", rest.measure(i -> page, 20, requests));
    figures.put("officeOverdueAll", rest.measure(i -> all, 3, Math.max(10, requests / 10)));
    figures.put("officeOverdueListed", size(rest.get(all)));
    return figures;
  }

  private static Call memberList(String member) {
    return new Call(member, "/engine-rest/task?assignee=" + member);
  }

  /** Fires the daily timer once and waits until the sweep has decided and every mail it queued is delivered. */
  private Map<String, Object> sweep() {
    ManagementService management = engine.getManagementService();
    HistoryService history = engine.getHistoryService();
    long start = System.nanoTime();
    management.executeJob(SeasonRun.sweepTimer(engine).getId());
    await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
        .until(() -> history.createHistoricActivityInstanceQuery().activityId("remindOwners").finished().count() == 1
            && management.createJobQuery().executable().count() == 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    holdSweepTimer(engine);

    HistoricActivityInstance decision = history.createHistoricActivityInstanceQuery().activityId("remindOwners")
        .singleResult();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("sweepSeconds", seconds);
    figures.put("sweepDecisionSeconds", decision.getDurationInMillis() / 1000.0);
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(decision.getProcessInstanceId()).list()) {
      figures.put("sweep." + variable.getName(), variable.getValue());
    }
    return figures;
  }

  /** Keeps the daily timer from firing by itself whenever the benchmark moves the clock. */
  static void holdSweepTimer(ProcessEngine engine) {
    engine.getManagementService().setJobDuedate(SeasonRun.sweepTimer(engine).getId(), HELD);
  }

  private static int size(String jsonArray) {
    try {
      return Output.JSON.readTree(jsonArray).size();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
