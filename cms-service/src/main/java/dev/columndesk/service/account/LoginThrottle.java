package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Slows down password guessing per account: after {@value #FREE_FAILURES} failed sign-ins in a row
 * the next attempt must wait 30 seconds, and twice as long after every further failure, up to 15
 * minutes. A success starts the count again. While an account waits its password is not even
 * checked, so a flood of guesses costs no hashing. {@link AddressThrottle} does the same for one
 * client trying many accounts.
 *
 * <p>The count lives in this instance's memory: with several instances a guesser gets a few more
 * tries, never unlimited ones.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Failures in a row before the account has to wait. */
  public static final int FREE_FAILURES = 5;

  private final FailureCounts failures =
      new FailureCounts(FREE_FAILURES, Duration.ofSeconds(30), Duration.ofMinutes(15));

  /** How long {@code username} must still wait before its next attempt; zero when it may try. */
  public Duration waitBefore(String username) {
    return failures.waitBefore(username);
  }

  /** The whole seconds {@code username} must still wait, rounded up; zero when it may try. */
  public long secondsBefore(String username) {
    return failures.secondsBefore(username);
  }

  /**
   * Counts a failed sign-in. Names that cannot be usernames are not counted: they are refused
   * without hashing anyway, and counting them would let made-up names fill the memory.
   */
  public void failed(String username) {
    if (Account.isValidUsername(username)) {
      failures.failed(username);
    }
  }

  public void succeeded(String username) {
    if (username != null) {
      failures.forget(username);
    }
  }
}
