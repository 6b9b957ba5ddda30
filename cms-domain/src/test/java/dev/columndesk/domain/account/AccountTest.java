package dev.columndesk.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.support.RuleViolation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

  private static final Instant AT = Instant.parse("2026-11-27T10:15:30.123456789Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "writer",
        "editor2",
        "kim.jiyoung",
        "a_b-c.d",
        "12345678901234567890123456789012"
      })
  void usernamesOfTheContractAreValid(String username) {
    assertTrue(Account.isValidUsername(username));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "ab",
        "Writer",
        "김지영",
        "with space",
        "semi;colon",
        "123456789012345678901234567890123",
        "tab\t"
      })
  void otherUsernamesAreNot(String username) {
    assertFalse(Account.isValidUsername(username));
  }

  @Test
  void openedAccountIsEnabledWithItsRolesAndMicrosecondTime() {
    Account account =
        Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER, Role.EDITOR), AT);

    assertTrue(account.isEnabled());
    assertEquals(EnumSet.of(Role.WRITER, Role.EDITOR), account.getRoles());
    assertTrue(account.hasRole(Role.EDITOR));
    assertFalse(account.hasRole(Role.ADMIN));
    assertEquals(Instant.parse("2026-11-27T10:15:30.123456Z"), account.getCreatedAt());
  }

  @Test
  void rolesCannotBeChangedThroughTheGetter() {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    assertThrows(UnsupportedOperationException.class, () -> account.getRoles().add(Role.ADMIN));
  }

  @Test
  void rolesAreCopiedNotShared() {
    Set<Role> roles = EnumSet.of(Role.WRITER);
    Account account = Account.open("writer", "최칼럼", "hash", roles, AT);

    roles.add(Role.ADMIN);

    assertFalse(account.hasRole(Role.ADMIN));
  }

  @Test
  void disabledAccountCanBeEnabledAgain() {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    account.disable();
    assertFalse(account.isEnabled());
    account.enable();
    assertTrue(account.isEnabled());
  }

  @Test
  void rolesAreReplacedButNeverEmptied() {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    account.assignRoles(EnumSet.of(Role.EDITOR, Role.PUBLISHER));

    assertEquals(EnumSet.of(Role.EDITOR, Role.PUBLISHER), account.getRoles());
    assertThrows(
        IllegalArgumentException.class, () -> account.assignRoles(EnumSet.noneOf(Role.class)));
    assertEquals(EnumSet.of(Role.EDITOR, Role.PUBLISHER), account.getRoles());
  }

  @Test
  void passwordHashCanBeReplaced() {
    Account account = Account.open("writer", "최칼럼", "old-hash", EnumSet.of(Role.WRITER), AT);

    account.changePasswordHash("new-hash");

    assertEquals("new-hash", account.getPasswordHash());
  }

  @Test
  void equalityFollowsTheUsername() {
    Account one = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);
    Account same = Account.open("writer", "Other name", "other", EnumSet.of(Role.ADMIN), AT);
    Account other = Account.open("writer2", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, other);
  }

  @Test
  void newAccountHasChosenNoLanguageOrTimeZone() {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    assertNull(account.getLocale());
    assertNull(account.getTimeZone());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void localeIsKoreanOrEnglish(String locale) {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    account.chooseLocale(locale);
    assertEquals(locale, account.getLocale());
    account.chooseLocale(null);
    assertNull(account.getLocale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "KO", "en-US", "ja", "fr", "english"})
  void otherLocalesAreRefusedAndTheOldOneKept(String locale) {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);
    account.chooseLocale("en");

    RuleViolation refused = assertThrows(RuleViolation.class, () -> account.chooseLocale(locale));

    assertEquals(RuleViolation.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().startsWith("locale must be one of ko, en"));
    assertEquals("en", account.getLocale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Seoul", "Europe/Berlin", "America/New_York", "UTC"})
  void timeZoneIsAnIanaRegion(String zone) {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);

    account.chooseTimeZone(zone);

    assertEquals(zone, account.getTimeZone());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Asia/Busan", "asia/seoul", "+09:00", "Mars/Olympus", "KST"})
  void unknownTimeZonesAreRefusedAndTheOldOneKept(String zone) {
    Account account = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), AT);
    account.chooseTimeZone("Europe/Berlin");

    RuleViolation refused = assertThrows(RuleViolation.class, () -> account.chooseTimeZone(zone));

    assertEquals(RuleViolation.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().startsWith("timeZone must be a time zone"));
    assertEquals("Europe/Berlin", account.getTimeZone());
  }
}
