package dev.columndesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXIES = ClientAddress.parse("10.0.0.2, 10.0.0.3");

  @Test
  void withoutATrustedProxyTheSocketAddressIsTheClient() {
    assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", "203.0.113.1", PROXIES));
    assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", null, PROXIES));
  }

  @Test
  void aTrustedProxyNamesTheClient() {
    assertEquals("203.0.113.1", ClientAddress.of("10.0.0.2", "203.0.113.1", PROXIES));
  }

  @Test
  void whatTheClientWroteAtTheLeftIsNotBelieved() {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    assertEquals("203.0.113.1", ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.1", PROXIES));
  }

  @Test
  void proxiesInAChainAreSkipped() {
    assertEquals(
        "203.0.113.1", ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.1, 10.0.0.3", PROXIES));
  }

  @Test
  void noneTrustsNoProxy() {
    assertEquals(Set.of(), ClientAddress.parse("none"));
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "203.0.113.1", Set.of()));
  }

  @Test
  void httpsCountsDirectlyOrFromATrustedProxyOnly() {
    assertTrue(ClientAddress.secure(true, "198.51.100.9", null, PROXIES));
    assertTrue(ClientAddress.secure(false, "10.0.0.2", "https", PROXIES));
    assertTrue(ClientAddress.secure(false, "10.0.0.2", "HTTPS, http", PROXIES));
    assertFalse(ClientAddress.secure(false, "198.51.100.9", "https", PROXIES));
    assertFalse(ClientAddress.secure(false, "10.0.0.2", "http", PROXIES));
    assertFalse(ClientAddress.secure(false, "10.0.0.2", null, PROXIES));
  }

  @Test
  void addressesAreComparedByWhatTheyMeanNotHowTheyAreWritten() {
    Set<String> loopback = ClientAddress.parse(ClientAddress.DEFAULT_PROXIES);
    for (String socket :
        new String[] {
          "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "[::1]", "::ffff:127.0.0.1", "::1%0"
        }) {
      assertEquals("203.0.113.1", ClientAddress.of(socket, "203.0.113.1", loopback), socket);
    }
  }

  @Test
  void namesAreNeverLookedUp() {
    assertEquals("localhost", ClientAddress.normal("localhost"));
    assertEquals("cafe", ClientAddress.normal("cafe"));
  }

  @Test
  void aTrustedProxyThatNamesNoClientIsNotThrottledByAddress() {
    assertEquals(null, ClientAddress.toThrottle("10.0.0.2", null, PROXIES));
    assertEquals("203.0.113.1", ClientAddress.toThrottle("10.0.0.2", "203.0.113.1", PROXIES));
    assertEquals("198.51.100.9", ClientAddress.toThrottle("198.51.100.9", null, PROXIES));
    assertEquals("198.51.100.9", ClientAddress.toThrottle("198.51.100.9", "1.2.3.4", PROXIES));
  }

  @Test
  void allTrustsEveryPeerButNoForwardedAddressItDoesNotName() {
    Set<String> all = ClientAddress.parse("all");
    assertEquals("203.0.113.1", ClientAddress.of("198.51.100.9", "1.2.3.4, 203.0.113.1", all));
    assertTrue(ClientAddress.secure(false, "198.51.100.9", "https", all));
  }
}
