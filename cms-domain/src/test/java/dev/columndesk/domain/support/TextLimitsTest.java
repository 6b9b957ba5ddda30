package dev.columndesk.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"앞\u0000뒤", "앞\u0007뒤", "\u001b[31m빨강", "앞\u007f뒤", "앞\u0085뒤"})
  void controlCharactersAreRefusedNamingTheFieldAndTheCharacter(String text) {
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> TextLimits.atMost("title", text, 200));

    assertEquals(RuleViolation.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().startsWith("title must not contain control characters"));
    assertTrue(refused.getMessage().contains("U+00"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "앞\udc00뒤", "끝\ud83d"})
  void halfASurrogatePairIsRefused(String text) {
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> TextLimits.readable("bio", text));

    assertTrue(refused.getMessage().contains("bio must not contain half of a surrogate pair"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "첫 줄\n둘째 줄\r\n\t들여쓰기",
        "👩‍💻 🇰🇷",
        "abc \u202Eevil\u202C",
        "e\u0301 مرحبا",
        "\ufeff보이지 않는 표시"
      })
  void lineBreaksTabsAndEveryPrintableCharacterAreKept(String text) {
    assertEquals(text, TextLimits.readable("summary", text));
  }
}
