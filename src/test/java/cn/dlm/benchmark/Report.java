package cn.dlm.benchmark;

import static cn.dlm.benchmark.DatabaseFigures.median;
import static cn.dlm.benchmark.DatabaseFigures.number;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The figures as Markdown, printed and written between the markers of docs/performance.md. */
final class Report {

  static final String BEGIN = "<!-- benchmark:begin -->";
  static final String END = "<!-- benchmark:end -->";

  private final BenchmarkSettings settings;
  private final Machine before;
  private final String loadAfter;
  private final List<DatabaseFigures> databases;

  Report(BenchmarkSettings settings, Machine before, String loadAfter, List<DatabaseFigures> databases) {
    this.settings = settings;
    this.before = before;
    this.loadAfter = loadAfter;
    this.databases = databases;
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" UTC with `").append(settings.command()).append("`.\n\n");
    out.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %.1f GiB memory, Java %s",
        before.cores(), before.cpu(), before.memoryGib(), System.getProperty("java.version")));
    databases.stream().filter(db -> db.version() != null).forEach(db -> out.append("; ").append(db.version()));
    out.append(". Load average (1 / 5 / 15 min): ").append(before.loadAverage()).append(" at the start, ")
        .append(loadAfter).append(" at the end (a load above the core count means other work shared the machine:"
            + " absolute times are then pessimistic, while ours and the bare baseline ran one after the other).\n");
    out.append("Each program ran in a JVM of its own with `").append(String.join(" ", settings.jvmOptions()))
        .append("`.\n\n");

    out.append("| figure | ").append(join(DatabaseFigures::label)).append(" | target |\n");
    out.append("|---|").append("---:|".repeat(databases.size())).append("---|\n");
    row(out, "teams × people, rectification items per team", db -> number(db.season(), "teams") + " × "
        + number(db.season(), "people") + ", " + number(db.season(), "items"), "");
    row(out, "cycles closed / incidents", db -> number(db.season(), "cyclesClosed") + " / "
        + number(db.season(), "incidents"), "");
    row(out, "user-task completions", db -> String.format(Locale.ROOT, "%,d", db.completions()), "");
    row(out, "season wall time", db -> seconds(number(db.season(), "seconds").doubleValue()), "");
    row(out, "completions per second", db -> fixed(db.completions() / number(db.season(), "seconds").doubleValue(),
        1), "");
    row(out, "our cost per completion", db -> fixed(db.ourMillisPerCompletion(), 1) + " ms", "");
    row(out, "bare engine cost per completion", db -> fixed(db.bareMillisPerCompletion(), 1) + " ms", "");
    row(out, "**overhead ratio**", db -> mark(fixed(db.overheadRatio(), 2), db.overheadRatio() <= 1.5), "≤ 1.5");
    row(out, "rows stored per completion, ours (largest tables)", db -> fixed(DatabaseFigures.rowsPerTask(
        db.season()), 1) + " (" + DatabaseFigures.largestTables(db.season(), 4) + ")", "");
    row(out, "rows stored per completion, bare", db -> fixed(DatabaseFigures.rowsPerTask(db.baseline()), 1), "");
    row(out, "mails sent per completion", db -> fixed(number(db.season(), "mailsSent").doubleValue()
        / db.completions(), 2), "");
    row(out, "open tasks at the snapshot (overdue)", db -> number(db.snapshot(), "openTasks") + " ("
        + number(db.snapshot(), "overdueTasks") + ")", "");
    row(out, "member's task list p50 / p95", db -> latency(db, "memberTaskList", 50), "p95 ≤ 50 ms");
    row(out, "office overdue filter, first page of 15: p50 / p95", db -> latency(db, "officeOverduePage", 200),
        "p95 ≤ 200 ms");
    row(out, "office overdue filter, whole list: p50 / p95", db -> latency(db, "officeOverdueAll", -1) + " ("
        + number(db.snapshot(), "officeOverdueListed") + " tasks)", "");
    row(out, "season launch (年度部署): completions of 确定参加班子 / until every cycle ran", db -> fixed(
        number(launch(db), "submitMillis").doubleValue(), 0) + " ms / " + seconds(number(launch(db),
        "allStartedSeconds").doubleValue()) + " (" + number(launch(db), "teams") + " teams in "
        + number(launch(db), "parts") + " launches)", "");
    row(out, "**county board** GET /api/board: p50 / p95 (cycles in the year)", db -> latency(db, "board", 200)
        + " (" + number(db.snapshot(), "boardCycles") + ")", "p95 < 200 ms at 1,000 cycles");
    row(out, "reminder sweep: tasks reminded / escalated", db -> number(db.snapshot(), "sweep.remindedTasks") + " / "
        + number(db.snapshot(), "sweep.escalatedTasks"), "≥ 2,000 tasks");
    row(out, "reminder sweep: mails (reminders + escalations)", db -> number(db.snapshot(), "sweep.reminderMails")
        + " + " + number(db.snapshot(), "sweep.escalationMails"), "");
    row(out, "**reminder sweep time** (deciding, then all mails delivered)", db -> mark(
        fixed(number(db.snapshot(), "sweepSeconds").doubleValue(), 1) + " s ("
            + fixed(number(db.snapshot(), "sweepDecisionSeconds").doubleValue(), 1) + " s deciding)",
        number(db.snapshot(), "sweepSeconds").doubleValue() <= 60), "≤ 60 s");
    row(out, "mails sent / received by the SMTP server", db -> number(db.season(), "mailsSent") + " / "
        + db.mailsReceived(), "equal");
    row(out, "peak heap used / max heap", db -> number(db.season(), "heapPeakMb") + " / "
        + number(db.season(), "heapMaxMb") + " MiB", "");
    row(out, "**peak RSS** (VmHWM) / RSS at the end", db -> mark(number(db.season(), "rssPeakMb") + " MiB",
        number(db.season(), "rssPeakMb").longValue() <= 1024) + " / " + number(db.season(), "rssEndMb") + " MiB",
        "≤ 1 GiB");
    row(out, "bare app for the baseline: peak RSS", db -> number(db.baseline(), "rssPeakMb") + " MiB", "");
    if (settings.startups() > 0) {
      row(out, "startup to ready, ours / bare (median of " + settings.startups() + ")", db -> seconds(
          median(db.ourStartups()) / 1000.0) + " / " + seconds(median(db.bareStartups()) / 1000.0), "");
      row(out, "**startup ratio**", db -> mark(fixed(db.startupRatio(), 2), db.startupRatio() <= 1.3), "≤ 1.3");
    }

    out.append("\nSeason phases (wall time, completions); `sweep-only teams` were added for the sweep and")
        .append(" `board-only teams` (of two people) for the board, and removed after it:\n\n| phase | ").append(join(DatabaseFigures::label)).append(" |\n|---|")
        .append("---:|".repeat(databases.size())).append("\n");
    List<Map<String, Object>> phases = phases(databases.get(0));
    for (int i = 0; i < phases.size(); i++) {
      int index = i;
      out.append("| ").append(phases.get(i).get("name")).append(" | ").append(join(db -> {
        Map<String, Object> phase = phases(db).get(index);
        return seconds(number(phase, "seconds").doubleValue()) + ", " + number(phase, "completions");
      })).append(" |\n");
    }
    out.append("| sweep-only teams | ").append(join(db -> String.valueOf(number(db.snapshot(), "sweepOnlyTeams"))))
        .append(" |\n");
    out.append("| board-only teams | ").append(join(db -> String.valueOf(number(db.snapshot(), "boardOnlyTeams"))))
        .append(" |\n");
    return out.toString();
  }

  /** Replaces what stands between the markers of {@code file} (or appends the markers and the figures). */
  void writeInto(Path file) throws IOException {
    String figures = BEGIN + "\n" + markdown() + END;
    String text = Files.exists(file) ? Files.readString(file) : "# Performance\n\n";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String updated = begin >= 0 && end > begin
        ? text.substring(0, begin) + figures + text.substring(end + END.length())
        : text + "\n" + figures + "\n";
    Files.writeString(file, updated);
  }

  private void row(StringBuilder out, String name, Function<DatabaseFigures, String> value, String target) {
    out.append("| ").append(name).append(" | ").append(join(value)).append(" | ").append(target).append(" |\n");
  }

  private String join(Function<DatabaseFigures, String> value) {
    return String.join(" | ", databases.stream().map(value).toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> launch(DatabaseFigures db) {
    return (Map<String, Object>) db.season().get("launch");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> phases(DatabaseFigures db) {
    return (List<Map<String, Object>>) db.season().get("phases");
  }

  private static String latency(DatabaseFigures db, String name, double p95Target) {
    Map<String, Object> figures = db.latency(name);
    double p95 = number(figures, "p95").doubleValue();
    String text = fixed(number(figures, "p50").doubleValue(), 1) + " / " + fixed(p95, 1) + " ms";
    return p95Target < 0 ? text : mark(text, p95 <= p95Target);
  }

  private static String mark(String text, boolean met) {
    return text + (met ? " ✓" : " ✗");
  }

  private static String seconds(double seconds) {
    return fixed(seconds, 1) + " s";
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
