package dev.columndesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

  @ParameterizedTest
  @CsvSource({
    "/desk/, /desk/",
    "/desk/columns?status=DRAFT, /desk/columns?status=DRAFT",
    "/desk/%EC%B9%BC%EB%9F%BC, /desk/%EC%B9%BC%EB%9F%BC"
  })
  void pathsInsideTheApplicationAreFollowed(String requested, String expected) {
    assertEquals(expected, SafeRedirect.target(requested, ""));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/desk/",
        "/\\evil.example",
        "evil.example",
        "javascript:alert(1)",
        "/desk/\r\nSet-Cookie: x=y",
        "/desk/../../etc",
        "https:evil.example",
        "%2F%2Fevil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "/desk/\u2028",
        "JAVASCRIPT:alert(1)",
        " /desk/"
      })
  void everythingElseGoesToTheDesk(String requested) {
    assertEquals("/desk/", SafeRedirect.target(requested, ""));
  }

  @ParameterizedTest
  @CsvSource({"/cms/desk/x, /cms/desk/x", "/other/desk/x, /cms/desk/", "/cmsx/desk, /cms/desk/"})
  void aContextPathMustPrefixTheTarget(String requested, String expected) {
    assertEquals(expected, SafeRedirect.target(requested, "/cms"));
  }
}
