package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.service.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static void refused(String expected, String password, String username) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> AccountService.checkPassword(password, username),
            password);
    assertTrue(refused.getMessage().contains(expected), refused::getMessage);
  }

  @Test
  void aLongOrdinaryPasswordIsAccepted() {
    assertDoesNotThrow(() -> AccountService.checkPassword("열두 글자 비밀번호입니다", "writer"));
    assertDoesNotThrow(() -> AccountService.checkPassword("correct horse battery", "writer"));
  }

  @Test
  void theUsernameIsRefusedAsOrInsideThePassword() {
    refused("must not contain the username", "columnist.kim", "columnist.kim");
    refused("must not contain the username", "MyNameIsColumnist.Kim!", "columnist.kim");
  }

  @Test
  void aVeryShortUsernameMayAppearByChance() {
    assertDoesNotThrow(() -> AccountService.checkPassword("a jolly long password", "jol"));
  }

  @Test
  void oneCharacterOverAndOverIsRefused() {
    refused("at least 5 different characters", "aaaaaaaaaaaaaaaa", "writer");
    refused("at least 5 different characters", "abababababab", "writer");
  }

  @Test
  void wellKnownPasswordsAreRefusedInAnyCase() {
    refused("most common passwords", "Password1234", "writer");
    refused("most common passwords", "QWERTY123456", "writer");
    refused("most common passwords", "123456789012", "writer");
  }

  @Test
  void lengthIsStillCheckedFirst() {
    refused("at least 12 characters", "short", "writer");
    refused("at most 1024 characters", "x1y2z3".repeat(200), "writer");
  }
}
