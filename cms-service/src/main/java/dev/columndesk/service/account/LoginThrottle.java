package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per account: after {@value #FREE_FAILURES} failed sign-ins in a row
 * the next attempt must wait 30 seconds, and twice as long after every further failure, up to 15
 * minutes. A success starts the count again. While an account waits its password is not even
 * checked, so a flood of guesses costs no hashing.
 *
 * <p>The count lives in this instance's memory: with several instances a guesser gets a few more
 * tries, never unlimited ones.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Failures in a row before the account has to wait. */
  public static final int FREE_FAILURES = 5;

  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, long lastNanos, long waitUntilNanos) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

  /** How long {@code username} must still wait before its next attempt; zero when it may try. */
  public Duration waitBefore(String username) {
    Failures known = username == null ? null : failures.get(username);
    if (known == null) {
      return Duration.ZERO;
    }
    long left = known.waitUntilNanos() - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** The whole seconds {@code username} must still wait, rounded up; zero when it may try. */
  public long secondsBefore(String username) {
    Duration wait = waitBefore(username);
    return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /**
   * Counts a failed sign-in. Names that cannot be usernames are not counted: they are refused
   * without hashing anyway, and counting them would let made-up names fill the memory.
   */
  public void failed(String username) {
    if (!Account.isValidUsername(username)) {
      return;
    }
    if (failures.size() >= MAX_TRACKED) {
      forgetOld();
      if (failures.size() >= MAX_TRACKED && !failures.containsKey(username)) {
        return; // every tracked account is waiting: keep them all rather than grow further
      }
    }
    long now = System.nanoTime();
    failures.compute(
        username,
        (name, known) -> {
          int count =
              known == null || now - known.lastNanos() > FORGET_AFTER.toNanos()
                  ? 1
                  : known.count() + 1;
          long wait = 0;
          if (count >= FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES, 10);
            wait = Math.min(FIRST_WAIT.toNanos() << doublings, LONGEST_WAIT.toNanos());
          }
          return new Failures(count, now, now + wait);
        });
  }

  public void succeeded(String username) {
    if (username != null) {
      failures.remove(username);
    }
  }

  /**
   * Makes room: first what is old, then counts that do not make anyone wait now. An account that is
   * waiting is never forgotten early, so a flood of made-up names cannot free it.
   */
  private void forgetOld() {
    long now = System.nanoTime();
    failures.values().removeIf(known -> now - known.lastNanos() > FORGET_AFTER.toNanos());
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(known -> known.waitUntilNanos() - now <= 0);
    }
  }
}
