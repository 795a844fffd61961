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

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static Number number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof Number number ? number : 0;
  }
}
