package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * A person changing their own password: the current one is checked first, the new one must meet the
 * same rules as when an account is opened, and a refusal leaves the stored hash alone.
 */
class PasswordChangeRulesTest {

  /** Stands in for PBKDF2: the "hash" is the password with a prefix, enough to see what is kept. */
  private static final PasswordHasher PLAIN =
      new PasswordHasher() {
        @Override
        public String hash(String password) {
          return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
          return storedHash.equals("plain:" + password);
        }
      };

  private final Account account =
      Account.open(
          "writer",
          "최칼럼",
          "plain:the current password",
          EnumSet.of(Role.WRITER),
          Instant.parse("2026-11-28T00:00:00Z"));

  @Test
  void rightCurrentPasswordAndLongEnoughNewOneChangeTheHash() {
    AccountService.changePassword(account, "the current password", "a brand new password", PLAIN);

    assertEquals("plain:a brand new password", account.getPasswordHash());
  }

  @Test
  void wrongCurrentPasswordIsRefusedAndNothingChanges() {
    assertRefused(
        "currentPassword is not this account's password",
        () -> AccountService.changePassword(account, "a guess", "a brand new password", PLAIN));
  }

  @Test
  void missingCurrentPasswordIsRefused() {
    assertRefused(
        "currentPassword is required",
        () -> AccountService.changePassword(account, "", "a brand new password", PLAIN));
    assertRefused(
        "currentPassword is required",
        () -> AccountService.changePassword(account, null, "a brand new password", PLAIN));
  }

  @Test
  void tooShortNewPasswordIsRefusedEvenWithTheRightCurrentOne() {
    assertRefused(
        "at least " + AccountService.PASSWORD_MIN + " characters (was 5)",
        () -> AccountService.changePassword(account, "the current password", "short", PLAIN));
    assertRefused(
        "password is required",
        () -> AccountService.changePassword(account, "the current password", null, PLAIN));
  }

  @Test
  void tooLongNewPasswordIsRefused() {
    assertRefused(
        "at most " + AccountService.PASSWORD_MAX + " characters",
        () ->
            AccountService.changePassword(
                account,
                "the current password",
                "x".repeat(AccountService.PASSWORD_MAX + 1),
                PLAIN));
  }

  private void assertRefused(String expected, Runnable change) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, change::run);
    assertTrue(
        refused.getMessage().contains(expected),
        () -> "'" + refused.getMessage() + "' should say '" + expected + "'");
    assertEquals("plain:the current password", account.getPasswordHash(), "the hash is kept");
  }
}
