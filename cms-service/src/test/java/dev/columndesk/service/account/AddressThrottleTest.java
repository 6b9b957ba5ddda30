package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressThrottleTest {

  private final AddressThrottle throttle = new AddressThrottle();

  private void fail(String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(address);
    }
  }

  @Test
  void nineteenFailuresFromOneAddressCostNothing() {
    fail("203.0.113.7", AddressThrottle.FREE_FAILURES - 1);

    assertEquals(0, throttle.secondsBefore("203.0.113.7"));
  }

  @Test
  void theTwentiethMakesTheAddressWaitAMinuteAndTheNextDoublesIt() {
    fail("203.0.113.7", AddressThrottle.FREE_FAILURES);
    long first = throttle.secondsBefore("203.0.113.7");
    assertTrue(first > 55 && first <= 60, () -> "waits " + first);

    throttle.failed("203.0.113.7");
    long second = throttle.secondsBefore("203.0.113.7");
    assertTrue(second > 115 && second <= 120, () -> "waits " + second);

    fail("203.0.113.7", 30);
    long longest = throttle.secondsBefore("203.0.113.7");
    assertTrue(longest > 29 * 60 && longest <= 30 * 60, () -> "waits " + longest);
  }

  @Test
  void addressesAreCountedApart() {
    fail("203.0.113.7", AddressThrottle.FREE_FAILURES);

    assertEquals(0, throttle.secondsBefore("203.0.113.8"));
  }

  @Test
  void nothingUsableIsNotCounted() {
    fail(null, AddressThrottle.FREE_FAILURES);
    fail("", AddressThrottle.FREE_FAILURES);

    assertEquals(0, throttle.secondsBefore(""));
  }
}
