package cn.dlm.benchmark;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this JVM, every thread (the engine, its job executor, an embedded H2), in nanoseconds. Unlike wall
 * time it hardly depends on what else runs on the machine: the figure to compare when the machine is shared.
 */
final class ProcessCpu {

  private ProcessCpu() {}

  static long nanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
