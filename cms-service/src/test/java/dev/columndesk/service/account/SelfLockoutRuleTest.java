package dev.columndesk.service.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.ConflictException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An administrator cannot lock themselves out, on the desk or through the API. */
class SelfLockoutRuleTest {

  @Test
  void adminCannotTakeAwayTheirOwnAdminRole() {
    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> AccountService.refuseSelfLockout(true, EnumSet.of(Role.EDITOR), null));
    assertEquals("You cannot take away your own ADMIN role", refused.getMessage());
  }

  @Test
  void adminCannotDisableTheirOwnAccount() {
    ConflictException refused =
        assertThrows(
            ConflictException.class, () -> AccountService.refuseSelfLockout(true, null, false));
    assertEquals("You cannot disable your own account", refused.getMessage());
  }

  @Test
  void adminMayChangeTheirOwnOtherRolesAndKeepThemselvesEnabled() {
    assertDoesNotThrow(
        () -> AccountService.refuseSelfLockout(true, EnumSet.of(Role.ADMIN, Role.EDITOR), true));
    assertDoesNotThrow(() -> AccountService.refuseSelfLockout(true, null, null));
  }

  @Test
  void adminMayDisableAndDemoteSomeoneElse() {
    assertDoesNotThrow(
        () -> AccountService.refuseSelfLockout(false, EnumSet.of(Role.WRITER), false));
  }
}
