package cn.dlm.benchmark;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Teams' cycles driven phase by phase, every team through a phase before the next, as a county's calendar goes. */
final class Season {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ProcessEngine engine;
  private final List<TeamCycle> cycles;
  private final List<PhaseResult> results = new ArrayList<>();
  private final List<SeasonLaunch.Timing> launches = new ArrayList<>();

  Season(ProcessEngine engine, List<TeamCycle> cycles) {
    this.engine = engine;
    this.cycles = cycles;
  }

  record PhaseResult(String name, long nanos, long cpuNanos, long completions) {

    double seconds() {
      return nanos / 1e9;
    }
  }

  void run(List<Phase> phases) {
    for (Phase phase : phases) {
      long before = completedTasks();
      long start = System.nanoTime();
      long cpuStart = ProcessCpu.nanos();
      phase.before().accept(this);
      cycles.forEach(phase.step());
      phase.after().accept(this);
      PhaseResult result = new PhaseResult(phase.name(), System.nanoTime() - start, ProcessCpu.nanos() - cpuStart,
          completedTasks() - before);
      results.add(result);
      Output.progress(String.format(Locale.ROOT, "%-48s %7.1f s %6d completions", phase.name(), result.seconds(),
          result.completions()));
    }
  }

  List<TeamCycle> cycles() {
    return cycles;
  }

  List<PhaseResult> results() {
    return results;
  }

  /** Starts every team's cycle through the office's season launch (年度部署), one completion for all teams. */
  void launch() {
    SeasonLaunch.Timing timing = new SeasonLaunch(engine, SeasonRun.OFFICE).launch(cycles);
    Output.progress("season launch: " + timing);
    launches.add(timing);
  }

  List<SeasonLaunch.Timing> launches() {
    return launches;
  }

  /** Waits until the job executor has run every job that is due (async steps, mails). */
  void awaitJobs() {
    await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
        .until(() -> engine.getManagementService().createJobQuery().executable().count() == 0);
  }

  /** Moves the engine's clock, once the jobs in flight are done: a jump past their lock expiry would free them. */
  void clock(LocalDateTime localTime) {
    awaitJobs();
    setClock(localTime);
  }

  static void setClock(LocalDateTime localTime) {
    ClockUtil.offset(localTime.atZone(ZONE).toInstant().toEpochMilli() - System.currentTimeMillis());
  }

  long completedTasks() {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
  }
}
