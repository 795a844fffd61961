package cn.dlm.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations, in milliseconds. */
record Percentiles(int count, double p50, double p95, double max) {

  static Percentiles of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, millis(rank(sorted, 50)), millis(rank(sorted, 95)),
        millis(sorted[sorted.length - 1]));
  }

  private static long rank(long[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
