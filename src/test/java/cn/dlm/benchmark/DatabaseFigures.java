package cn.dlm.benchmark;

import java.util.List;
import java.util.Map;

/** Everything measured on one database: the season, the baseline, the start-ups and the mail received. */
record DatabaseFigures(String label, Map<String, Object> season, Map<String, Object> baseline, List<Long> ourStartups,
    List<Long> bareStartups, int mailsReceived, String version) {

  long completions() {
    return number(season, "completions").longValue();
  }

  double ourMillisPerCompletion() {
    return number(season, "seconds").doubleValue() * 1000 / completions();
  }

  double bareMillisPerCompletion() {
    return number(baseline, "seconds").doubleValue() * 1000 / number(baseline, "completions").longValue();
  }

  double overheadRatio() {
    return ourMillisPerCompletion() / bareMillisPerCompletion();
  }

  /** CPU time of our JVM during the season's phases, per completion; null for a run from before it was measured. */
  Double ourCpuMillisPerCompletion() {
    return season.get("cpuSeconds") == null ? null : number(season, "cpuSeconds").doubleValue() * 1000 / completions();
  }

  Double bareCpuMillisPerCompletion() {
    return baseline.get("cpuSeconds") == null ? null
        : number(baseline, "cpuSeconds").doubleValue() * 1000 / number(baseline, "completions").longValue();
  }

  double startupRatio() {
    return (double) median(ourStartups) / median(bareStartups);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> snapshot() {
    return (Map<String, Object>) season.get("snapshot");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> latency(String name) {
    return (Map<String, Object>) snapshot().get(name);
  }

  /** History and byte-array rows stored per finished task, and the tables holding most of them. */
  static double rowsPerTask(Map<String, Object> run) {
    return number(storedRows(run), "total").doubleValue() / number(run, "tasksFinished").longValue();
  }

  static String largestTables(Map<String, Object> run, int count) {
    long tasks = number(run, "tasksFinished").longValue();
    return storedRows(run).entrySet().stream().filter(entry -> !"total".equals(entry.getKey()))
        .sorted((a, b) -> Long.compare(number(b.getValue()), number(a.getValue()))).limit(count)
        .map(entry -> entry.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f",
            number(entry.getValue()) / (double) tasks))
        .reduce((a, b) -> a + ", " + b).orElse("");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> storedRows(Map<String, Object> run) {
    return (Map<String, Object>) run.get("storedRows");
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static Number number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof Number number ? number : 0;
  }
}
