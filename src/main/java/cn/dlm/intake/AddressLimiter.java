package cn.dlm.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many opinions each client address left within the current window, in memory only: nothing about an
 * address is stored with an opinion, written to the database or logged, and a restart forgets it.
 */
class AddressLimiter {

  private record Window(long startedAt, int count) {}

  private final Map<String, Window> windows = new HashMap<>();
  private final int limit;
  private final long windowMillis;
  private final int tracked;
  private final LongSupplier clock;

  AddressLimiter(IntakeProperties properties, LongSupplier clock) {
    this.limit = properties.submissionsPerAddress();
    this.windowMillis = properties.window().toMillis();
    this.tracked = properties.trackedAddresses();
    this.clock = clock;
  }

  /** Counts one submission of {@code address}; false when the address has used up its window. */
  synchronized boolean tryAcquire(String address) {
    long now = clock.getAsLong();
    Window window = windows.get(address);
    if (window == null || now - window.startedAt() >= windowMillis) {
      if (window == null && windows.size() >= tracked) {
        windows.values().removeIf(w -> now - w.startedAt() >= windowMillis);
        if (windows.size() >= tracked) {
          return false;
        }
      }
      windows.put(address, new Window(now, 1));
      return true;
    }
    if (window.count() >= limit) {
      return false;
    }
    windows.put(address, new Window(window.startedAt(), window.count() + 1));
    return true;
  }

  synchronized void forgetAll() {
    windows.clear();
  }
}
