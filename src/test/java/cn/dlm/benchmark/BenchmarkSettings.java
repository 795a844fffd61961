package cn.dlm.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's knobs, as system properties (the Maven profile passes -Dteams=… and the others on).
 * {@code appArgs} are extra arguments for our application in the season, to try a setting out;
 * {@code jvmArgs} extra options for every measured JVM (e.g. a flight recording).
 */
record BenchmarkSettings(int teams, int people, int items, int sweepTasks, int requests, int boardCycles, int startups,
    List<String> databases, String heap, String appArgs, String jvmArgs) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(Integer.getInteger("teams", 100), Integer.getInteger("people", 8),
        Integer.getInteger("items", 12), Integer.getInteger("sweepTasks", 2000), Integer.getInteger("requests", 200),
        Integer.getInteger("boardCycles", 1000), Integer.getInteger("startups", 3),
        List.of(System.getProperty("databases", "h2,postgres").toLowerCase(Locale.ROOT).split(",")),
        System.getProperty("heap", "512m"), System.getProperty("appArgs", "").trim(),
        System.getProperty("jvmArgs", "").trim());
  }

  List<String> jvmOptions() {
    List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-Duser.timezone=Asia/Shanghai",
        "-Dfile.encoding=UTF-8"));
    if (!jvmArgs.isEmpty()) {
      options.addAll(List.of(jvmArgs.split("\\s+")));
    }
    return options;
  }

  String command() {
    return "./mvnw -Pbenchmark verify -Dteams=" + teams + " -Dpeople=" + people + " -Ditems=" + items
        + " -DsweepTasks=" + sweepTasks + " -Drequests=" + requests + " -DboardCycles=" + boardCycles
        + " -Dstartups=" + startups + " -Ddatabases="
        + String.join(",", databases) + " -Dheap=" + heap + (appArgs.isEmpty() ? "" : " -DappArgs='" + appArgs + "'")
        + (jvmArgs.isEmpty() ? "" : " -DjvmArgs='" + jvmArgs + "'");
  }
}
