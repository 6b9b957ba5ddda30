package dev.columndesk.service.account;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted by a key (an account, a client address) with a doubling wait: after
 * {@code free} failures the next attempt waits {@code firstWait}, twice as long after every further
 * failure, up to {@code longestWait}. A key with no failure for an hour is forgotten. Memory is
 * bounded: a flood of new keys never frees a key that is waiting.
 */
final class FailureCounts {

  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, long lastNanos, long waitUntilNanos) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final int free;
  private final long firstWaitNanos;
  private final long longestWaitNanos;

  FailureCounts(int free, Duration firstWait, Duration longestWait) {
    this.free = free;
    this.firstWaitNanos = firstWait.toNanos();
    this.longestWaitNanos = longestWait.toNanos();
  }

  /** How long {@code key} must still wait before its next attempt; zero when it may try. */
  Duration waitBefore(String key) {
    Failures known = key == null ? null : failures.get(key);
    if (known == null) {
      return Duration.ZERO;
    }
    long left = known.waitUntilNanos() - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** The whole seconds {@code key} must still wait, rounded up; zero when it may try. */
  long secondsBefore(String key) {
    Duration wait = waitBefore(key);
    return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  void failed(String key) {
    if (failures.size() >= MAX_TRACKED) {
      forgetOld();
      if (failures.size() >= MAX_TRACKED && !failures.containsKey(key)) {
        return; // every tracked key is waiting: keep them all rather than grow further
      }
    }
    long now = System.nanoTime();
    failures.compute(
        key,
        (name, known) -> {
          int count =
              known == null || now - known.lastNanos() > FORGET_AFTER.toNanos()
                  ? 1
                  : known.count() + 1;
          long wait = 0;
          if (count >= free) {
            int doublings = Math.min(count - free, 20);
            wait = Math.min(firstWaitNanos << doublings, longestWaitNanos);
          }
          return new Failures(count, now, now + wait);
        });
  }

  void forget(String key) {
    failures.remove(key);
  }

  /**
   * Makes room: first what is old, then counts that do not make anyone wait now. A key that is
   * waiting is never forgotten early, so a flood of new keys cannot free it.
   */
  private void forgetOld() {
    long now = System.nanoTime();
    failures.values().removeIf(known -> now - known.lastNanos() > FORGET_AFTER.toNanos());
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(known -> known.waitUntilNanos() - now <= 0);
    }
  }
}
