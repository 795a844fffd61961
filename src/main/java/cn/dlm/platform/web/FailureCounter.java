package cn.dlm.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Recent failed logins per key (a client address or a user name), in this node's memory: a key with
 * {@code limit} failures within the window is refused until the oldest of them leaves the window. At
 * most {@code limit} instants are kept per key, and keys without a recent failure are dropped.
 */
class FailureCounter {

  private static final int FIRST_SWEEP_ABOVE_KEYS = 10_000;

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();
  private int sweepAboveKeys = FIRST_SWEEP_ABOVE_KEYS;

  FailureCounter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** How long the key is still refused at {@code now}; zero when it is not. */
  synchronized Duration refusal(String key, Instant now) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return Duration.ZERO;
    }
    forgetOld(recent, now);
    if (recent.size() < limit) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, recent.peekFirst().plus(window));
    return left.isNegative() ? Duration.ZERO : left;
  }

  synchronized void record(String key, Instant now) {
    if (failures.size() > sweepAboveKeys) {
      failures.values().removeIf(recent -> forgetOld(recent, now));
      // many live keys (an attack from many addresses): sweep again only once they have doubled
      sweepAboveKeys = Math.max(FIRST_SWEEP_ABOVE_KEYS, 2 * failures.size());
    }
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    forgetOld(recent, now);
    recent.addLast(now);
    while (recent.size() > limit) {
      recent.removeFirst();
    }
  }

  synchronized void forget(String key) {
    failures.remove(key);
  }

  synchronized void forgetAll() {
    failures.clear();
  }

  /** Drops failures that left the window; true when none is left. */
  private boolean forgetOld(Deque<Instant> recent, Instant now) {
    Instant horizon = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
    return recent.isEmpty();
  }
}
