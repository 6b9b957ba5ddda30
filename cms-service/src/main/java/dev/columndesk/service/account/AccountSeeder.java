package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.platform.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the accounts a fresh installation needs: the demo accounts in demo mode, and the first
 * administrator from {@code CMS_ADMIN_USERNAME} / {@code CMS_ADMIN_PASSWORD}.
 *
 * <p>Only missing accounts are created; existing ones (and any password their owners chose) are
 * left alone. The seeding holds a row lock ({@code app_lock 'seed'}), so two instances starting
 * together on one database take turns and the second finds everything in place.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountSeeder {

  private static final Logger LOG = Logger.getLogger(AccountSeeder.class.getName());

  /** The demo accounts of the API contract. */
  static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount("admin", "운영 관리자", EnumSet.of(Role.ADMIN)),
          new DemoAccount("editor", "김편집", EnumSet.of(Role.EDITOR)),
          new DemoAccount("editor2", "Emma Editor", EnumSet.of(Role.EDITOR)),
          new DemoAccount("publisher", "이발행", EnumSet.of(Role.PUBLISHER)),
          new DemoAccount("writer", "최칼럼", EnumSet.of(Role.WRITER)),
          new DemoAccount("writer2", "Will Writer", EnumSet.of(Role.WRITER)));

  record DemoAccount(String username, String displayName, Set<Role> roles) {}

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private DatabaseMigration migration;

  @Inject
  @ConfigProperty(name = "cms.demo")
  private Optional<Boolean> demo;

  @Inject
  @ConfigProperty(name = "cms.demo.password", defaultValue = "demo-password")
  private String demoPassword;

  @Inject
  @ConfigProperty(name = "cms.admin.username")
  private Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "cms.admin.password")
  private Optional<String> adminPassword;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void seed() {
    em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'seed' FOR UPDATE")
        .getResultList();
    if (isDemo()) {
      if (demoPassword.length() < AccountService.PASSWORD_MIN) {
        LOG.warning("CMS_DEMO_PASSWORD is shorter than the 12 characters asked of everyone else");
      }
      for (DemoAccount account : DEMO_ACCOUNTS) {
        ensure(account.username(), account.displayName(), demoPassword, account.roles());
      }
      LOG.info("Demo mode: the demo accounts are in place");
    } else {
      retireDemoAccounts();
    }
    seedAdministrator();
    if (!accounts.anyHolds(Role.ADMIN)) {
      LOG.warning(
          "No account holds the ADMIN role: set CMS_ADMIN_USERNAME and CMS_ADMIN_PASSWORD"
              + " and restart to create the first administrator");
    }
  }

  /** Demo mode is on by default with the embedded H2 database and off elsewhere. */
  public boolean isDemo() {
    return demo.orElseGet(() -> migration.info().embedded());
  }

  /**
   * Outside demo mode no account may have a known password: demo accounts left from an earlier demo
   * run that still have the demo password are disabled (their work and history stay).
   */
  private void retireDemoAccounts() {
    for (DemoAccount demoAccount : DEMO_ACCOUNTS) {
      accounts
          .find(demoAccount.username())
          .filter(Account::isEnabled)
          .filter(account -> hasher.matches(demoPassword, account.getPasswordHash()))
          .ifPresent(
              account -> {
                account.disable();
                LOG.warning(
                    () ->
                        "Demo mode is off: disabled '"
                            + account.getUsername()
                            + "', which still had the demo password");
              });
    }
  }

  private void seedAdministrator() {
    if (adminUsername.isEmpty() && adminPassword.isEmpty()) {
      return;
    }
    if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
      LOG.severe(
          "Set both CMS_ADMIN_USERNAME and CMS_ADMIN_PASSWORD; no administrator was created");
      return;
    }
    try {
      String username = AccountService.checkUsername(adminUsername.get());
      AccountService.checkPassword(adminPassword.get(), username);
      accounts
          .find(username)
          .ifPresentOrElse(
              existing -> {
                if (!existing.hasRole(Role.ADMIN)) {
                  LOG.severe(
                      "CMS_ADMIN_USERNAME names '"
                          + username
                          + "', an existing account without the ADMIN role; it was not changed");
                }
              },
              () -> open(username, username, adminPassword.get(), EnumSet.of(Role.ADMIN)));
    } catch (InvalidInputException invalid) {
      LOG.severe("CMS_ADMIN_USERNAME / CMS_ADMIN_PASSWORD refused: " + invalid.getMessage());
    }
  }

  private void ensure(String username, String displayName, String password, Set<Role> roles) {
    if (accounts.find(username).isEmpty()) {
      open(username, displayName, password, roles);
    }
  }

  private void open(String username, String displayName, String password, Set<Role> roles) {
    accounts.add(Account.open(username, displayName, hasher.hash(password), roles, Instant.now()));
    LOG.info(() -> "Created account '" + username + "' " + roles);
  }
}
