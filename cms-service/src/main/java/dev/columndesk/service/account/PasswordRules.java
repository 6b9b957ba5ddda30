package dev.columndesk.service.account;

import java.util.Locale;
import java.util.Set;

/**
 * What a long password may still not be: the account's own name, one character over and over, or
 * one of the long passwords that lead every leaked-password list. Length is checked first by {@link
 * AccountService}; these rules add only what length cannot catch.
 */
final class PasswordRules {

  /** Fewer different characters than this is a pattern, not a password ("aaaaaaaaaaaa"). */
  static final int MIN_DISTINCT = 5;

  /** A username this short may appear inside a good password by chance. */
  private static final int NAME_INSIDE_FROM = 4;

  /** Twelve characters or more, lower case: shorter ones are refused for their length anyway. */
  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "1234567890123",
          "12345678901234",
          "123456789012345",
          "1234567890qwerty",
          "1q2w3e4r5t6y",
          "1qaz2wsx3edc",
          "abc123456789",
          "abcdefghijkl",
          "admin1234567",
          "administrator",
          "asdfghjkl123",
          "baseball1234",
          "changeme1234",
          "football1234",
          "iloveyou1234",
          "letmein12345",
          "p@ssw0rd1234",
          "passw0rd1234",
          "password!234",
          "password1234",
          "password12345",
          "password123456",
          "passwordpassword",
          "qwer1234!@#$",
          "qwerty123456",
          "qwertyqwerty",
          "qwertyuiop12",
          "qwertyuiop123",
          "qwertyuiopasdf",
          "superman1234",
          "trustno1trustno1",
          "welcome12345",
          "zaq12wsxcde3");

  private PasswordRules() {}

  static void check(String password, String username) {
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isEmpty()) {
      String name = username.toLowerCase(Locale.ROOT);
      if (lower.equals(name) || name.length() >= NAME_INSIDE_FROM && lower.contains(name)) {
        throw new WeakPasswordException(
            WeakPasswordException.Reason.CONTAINS_USERNAME,
            "password must not contain the username");
      }
    }
    if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
      throw new WeakPasswordException(
          WeakPasswordException.Reason.TOO_FEW_CHARACTERS,
          "password must use at least " + MIN_DISTINCT + " different characters");
    }
    if (COMMON.contains(lower)) {
      throw new WeakPasswordException(
          WeakPasswordException.Reason.COMMON,
          "password is one of the most common passwords; choose another");
    }
  }
}
