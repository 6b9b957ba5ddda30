package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final LoginThrottle throttle = new LoginThrottle();

  @Test
  void fourFailuresInARowCostNothing() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
      throttle.failed("writer");
    }

    assertEquals(Duration.ZERO, throttle.waitBefore("writer"));
  }

  @Test
  void theFifthFailureMakesTheAccountWaitAboutHalfAMinute() {
    fail("writer", LoginThrottle.FREE_FAILURES);

    Duration wait = throttle.waitBefore("writer");
    assertTrue(
        wait.compareTo(Duration.ofSeconds(25)) > 0 && wait.compareTo(Duration.ofSeconds(31)) < 0,
        wait::toString);
  }

  @Test
  void everyFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    fail("writer", LoginThrottle.FREE_FAILURES + 1);
    Duration doubled = throttle.waitBefore("writer");
    assertTrue(doubled.compareTo(Duration.ofSeconds(55)) > 0, doubled::toString);

    fail("writer", 20);
    Duration longest = throttle.waitBefore("writer");
    assertTrue(longest.compareTo(Duration.ofMinutes(15)) <= 0, longest::toString);
    assertTrue(longest.compareTo(Duration.ofMinutes(14)) > 0, longest::toString);
  }

  @Test
  void aSuccessStartsTheCountAgain() {
    fail("writer", LoginThrottle.FREE_FAILURES - 1);
    throttle.succeeded("writer");
    fail("writer", LoginThrottle.FREE_FAILURES - 1);

    assertEquals(Duration.ZERO, throttle.waitBefore("writer"));
  }

  @Test
  void accountsAreCountedApart() {
    fail("writer", LoginThrottle.FREE_FAILURES);

    assertEquals(Duration.ZERO, throttle.waitBefore("writer2"));
  }

  @Test
  void namesThatCannotBeUsernamesAreNotCounted() {
    String impossible = "NOT A USERNAME " + "x".repeat(5000);
    fail(impossible, LoginThrottle.FREE_FAILURES + 3);

    assertEquals(Duration.ZERO, throttle.waitBefore(impossible));
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username);
    }
  }

  @Test
  void secondsAreRoundedUpAndZeroWhenFree() {
    assertEquals(0, throttle.secondsBefore("writer"));

    fail("writer", LoginThrottle.FREE_FAILURES);

    long seconds = throttle.secondsBefore("writer");
    assertTrue(seconds >= 29 && seconds <= 30, () -> seconds + " s");
  }

  @Test
  void aFloodOfMadeUpNamesCannotFreeAWaitingAccount() {
    fail("writer", LoginThrottle.FREE_FAILURES);

    for (int i = 0; i < 120_000; i++) {
      throttle.failed("made-up." + i);
    }

    assertTrue(throttle.secondsBefore("writer") > 0, "writer still waits");
  }
}
