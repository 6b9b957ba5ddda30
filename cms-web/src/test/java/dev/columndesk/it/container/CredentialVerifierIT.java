package dev.columndesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.account.CredentialVerifier;
import dev.columndesk.service.account.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in checks the stored account every time: the remembered PBKDF2 result never outlives a
 * password change or a disabled account.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialVerifierIT {

  @Inject private CredentialVerifier verifier;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Resource private UserTransaction transaction;

  @Test
  void rightPasswordGivesTheCallerAndRoles() throws Exception {
    String username = open("right-password-1", EnumSet.of(Role.WRITER, Role.EDITOR));

    CredentialVerifier.Caller caller = verifier.verify(username, "right-password-1").orElseThrow();

    assertEquals(username, caller.username());
    assertEquals(Set.of("WRITER", "EDITOR"), caller.groups());
    assertTrue(verifier.verify(username, "wrong-password-1").isEmpty());
    assertTrue(verifier.verify(username.toUpperCase(), "right-password-1").isEmpty());
  }

  @Test
  void changedPasswordTakesEffectAtOnce() throws Exception {
    String username = open("first-password-1", EnumSet.of(Role.WRITER));
    assertTrue(verifier.verify(username, "first-password-1").isPresent(), "remembered now");

    change(username, account -> account.changePasswordHash(hasher.hash("second-password-2")));

    assertTrue(verifier.verify(username, "first-password-1").isEmpty(), "old password refused");
    assertTrue(verifier.verify(username, "second-password-2").isPresent(), "new password works");
  }

  @Test
  void changedRolesApplyAtOnce() throws Exception {
    String username = open("roles-change-1", EnumSet.of(Role.WRITER, Role.EDITOR));
    assertEquals(
        Set.of("WRITER", "EDITOR"),
        verifier.verify(username, "roles-change-1").orElseThrow().groups());

    change(username, account -> account.assignRoles(EnumSet.of(Role.WRITER)));

    assertEquals(
        Set.of("WRITER"), verifier.verify(username, "roles-change-1").orElseThrow().groups());
    assertEquals(Set.of("WRITER"), verifier.current(username).orElseThrow().groups());
  }

  @Test
  void disabledAccountCannotSignIn() throws Exception {
    String username = open("before-disabling", EnumSet.of(Role.PUBLISHER));
    assertTrue(verifier.verify(username, "before-disabling").isPresent());

    change(username, Account::disable);

    assertTrue(verifier.verify(username, "before-disabling").isEmpty());
    assertTrue(verifier.current(username).isEmpty(), "a desk session of it ends too");
  }

  @Test
  void unknownAndMalformedUsernamesAreRefused() {
    assertTrue(verifier.verify("nobody-at-all", "demo-password").isEmpty());
    assertTrue(verifier.verify("' or 1=1 --", "demo-password").isEmpty());
    assertTrue(verifier.verify(null, "demo-password").isEmpty());
    assertTrue(verifier.verify("editor", null).isEmpty());
  }

  private String open(String password, Set<Role> roles) throws Exception {
    String username = "cv." + UUID.randomUUID().toString().substring(0, 8);
    transaction.begin();
    accounts.add(
        Account.open(username, "Verifier test", hasher.hash(password), roles, Instant.now()));
    transaction.commit();
    return username;
  }

  private void change(String username, Consumer<Account> change) throws Exception {
    transaction.begin();
    change.accept(accounts.get(username));
    transaction.commit();
  }
}
