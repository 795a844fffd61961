package cn.dlm.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, memory, CPU model and how busy the machine was. */
record Machine(int cores, double memoryGib, String cpu, String loadAverage) {

  static Machine now() {
    return new Machine(Runtime.getRuntime().availableProcessors(), memTotalKb() / 1024.0 / 1024.0, cpuModel(),
        currentLoad());
  }

  /** The 1, 5 and 15 minute load averages. */
  static String currentLoad() {
    List<String> fields = List.of(read("/proc/loadavg").split("\\s+"));
    return fields.size() >= 3 ? String.join(" / ", fields.subList(0, 3)) : "?";
  }

  private static long memTotalKb() {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return 0;
  }

  private static String cpuModel() {
    for (String line : read("/proc/cpuinfo").split("\n")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown CPU";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
