package dev.columndesk.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void anHttpsSiteHasSecureCookiesUnlessToldOtherwise() {
    assertTrue(SessionCookies.secure(Optional.empty(), "https://columns.example.kr/"));
    assertTrue(SessionCookies.secure(Optional.of(""), "HTTPS://columns.example.kr/"));
    assertFalse(SessionCookies.secure(Optional.of("false"), "https://columns.example.kr/"));
  }

  @Test
  void aPlainHttpSiteHasThemOnlyWhenAsked() {
    assertFalse(SessionCookies.secure(Optional.empty(), "http://localhost:8080/"));
    assertTrue(SessionCookies.secure(Optional.of("true"), "http://localhost:8080/"));
  }
}
