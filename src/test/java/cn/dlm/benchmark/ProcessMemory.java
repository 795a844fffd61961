package cn.dlm.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** This JVM's memory: peak heap in use (sampled) and the process's resident set from /proc/self/status. */
final class ProcessMemory {

  private final AtomicLong peakHeapUsed = new AtomicLong();

  private ProcessMemory() {}

  /** Starts sampling the heap every 20 ms on a daemon thread. */
  static ProcessMemory sample() {
    ProcessMemory memory = new ProcessMemory();
    MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (true) {
        memory.peakHeapUsed.accumulateAndGet(bean.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    return memory;
  }

  long peakHeapUsedMb() {
    return peakHeapUsed.get() / (1024 * 1024);
  }

  /** Peak resident set size (VmHWM), in MiB. */
  static long peakRssMb() {
    return statusKb("VmHWM") / 1024;
  }

  /** Current resident set size (VmRSS), in MiB. */
  static long rssMb() {
    return statusKb("VmRSS") / 1024;
  }

  private static long statusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }
}
