package dev.columndesk.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Slows down one client that guesses across many accounts, which the per-account {@link
 * LoginThrottle} cannot see: after {@value #FREE_FAILURES} failed sign-ins from one address within
 * the hour, every further attempt from it waits a minute, twice as long after each further failure,
 * up to half an hour. A success does not start the count again (a guesser with one account of its
 * own could otherwise wipe it); an hour without failures does. Many people behind one office proxy
 * get {@value #FREE_FAILURES} mistakes between them before anyone waits.
 */
@ApplicationScoped
public class AddressThrottle {

  /** Failures from one address before it has to wait. */
  public static final int FREE_FAILURES = 20;

  private final FailureCounts failures =
      new FailureCounts(FREE_FAILURES, Duration.ofMinutes(1), Duration.ofMinutes(30));

  /** The whole seconds {@code address} must still wait, rounded up; zero when it may try. */
  public long secondsBefore(String address) {
    return failures.secondsBefore(address);
  }

  public void failed(String address) {
    if (address != null && !address.isEmpty() && address.length() <= 64) {
      failures.failed(address);
    }
  }
}
