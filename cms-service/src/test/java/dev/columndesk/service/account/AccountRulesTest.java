package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules an account must meet before it is opened, and the messages that explain them. */
class AccountRulesTest {

  @Test
  void usernameFollowsTheContract() {
    assertEquals("kim.jiyoung", AccountService.checkUsername("kim.jiyoung"));
    assertMessage("username is required", () -> AccountService.checkUsername(" "));
    assertMessage("username must be 3 to 32", () -> AccountService.checkUsername("Kim"));
  }

  @Test
  void displayNameIsTrimmedAndCountedInCharacters() {
    assertEquals("김지영", AccountService.checkDisplayName("  김지영 "));
    // 100 Hangul syllables are 100 characters, whatever their bytes.
    assertEquals(100, AccountService.checkDisplayName("가".repeat(100)).length());
    assertMessage("at most 100 characters", () -> AccountService.checkDisplayName("가".repeat(101)));
    assertMessage("displayName is required", () -> AccountService.checkDisplayName(null));
    // Characters outside the basic plane count twice, as the column and Bean Validation count them.
    assertMessage("at most 100 characters", () -> AccountService.checkDisplayName("😀".repeat(51)));
  }

  @Test
  void passwordNeedsTwelveCharactersAndNotAMegabyte() {
    AccountService.checkPassword("열두 글자 비밀번호입니다");
    assertMessage(
        "at least 12 characters (was 11)", () -> AccountService.checkPassword("12345678901"));
    assertMessage("password is required", () -> AccountService.checkPassword(""));
    char[] huge = new char[1025];
    Arrays.fill(huge, 'x');
    assertMessage("at most 1024", () -> AccountService.checkPassword(new String(huge)));
  }

  @Test
  void rolesAreParsedWithoutRegardToCase() {
    assertEquals(
        EnumSet.of(Role.WRITER, Role.EDITOR),
        AccountService.parseRoles(List.of("writer", " EDITOR ", "Writer")));
    assertMessage("at least one", () -> AccountService.parseRoles(List.of()));
    assertMessage("'CHIEF' is not a role", () -> AccountService.parseRoles(List.of("CHIEF")));
    assertMessage(
        "'' is not a role", () -> AccountService.parseRoles(Arrays.asList((String) null)));
  }

  private static void assertMessage(String expected, Runnable check) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, check::run);
    assertTrue(
        refused.getMessage().contains(expected),
        () -> "'" + refused.getMessage() + "' should say '" + expected + "'");
  }
}
