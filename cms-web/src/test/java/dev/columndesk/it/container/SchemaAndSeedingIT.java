package dev.columndesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.account.AccountSeeder;
import dev.columndesk.service.account.AccountService;
import dev.columndesk.service.account.PasswordHasher;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside Payara Micro: the schema Flyway made, the seeded accounts, the services' role checks. */
@ExtendWith(ArquillianExtension.class)
class SchemaAndSeedingIT {

  private static final Map<String, Role> DEMO =
      Map.of(
          "admin", Role.ADMIN,
          "editor", Role.EDITOR,
          "editor2", Role.EDITOR,
          "publisher", Role.PUBLISHER,
          "writer", Role.WRITER,
          "writer2", Role.WRITER);

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private AccountRepository accounts;
  @Inject private AccountSeeder seeder;
  @Inject private AccountService accountService;
  @Inject private PasswordHasher hasher;
  @Inject private DatabaseMigration migration;

  @Test
  void schemaIsOwnedByFlywayMigrations() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet history =
            statement.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
      assertTrue(history.next(), "V1 is recorded in Flyway's history");
      assertTrue(history.getBoolean("success"));
    }
    assertEquals("10", migration.info().schemaVersion());
    if (onPostgres()) {
      assertFalse(migration.info().embedded());
      assertEquals("PostgreSQL", migration.info().product());
    } else {
      assertTrue(migration.info().embedded());
      assertEquals("H2", migration.info().product());
      // The war's H2, the version the domain tests use, not the older one bundled with Payara.
      assertTrue(migration.info().productVersion().startsWith("2.3."), migration.info()::toString);
    }
  }

  /** The suite runs on PostgreSQL when its Payara Micro was given a PostgreSQL URL. */
  private static boolean onPostgres() {
    return System.getProperty("cms.db.url", "").startsWith("jdbc:postgresql:");
  }

  @Test
  void demoAccountsExistWithTheirRoles() {
    DEMO.forEach(
        (username, role) -> {
          Account account = accounts.get(username);
          assertEquals(EnumSet.of(role), account.getRoles(), username);
          assertTrue(account.isEnabled(), username);
        });
  }

  @Test
  void passwordsAreStoredAsPbkdf2Sha512Hashes() {
    Account editor = accounts.get("editor");

    assertTrue(
        editor.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"),
        editor.getPasswordHash());
    assertTrue(hasher.matches("demo-password", editor.getPasswordHash()));
  }

  @Test
  void seedingAgainChangesNothing() {
    long before = accounts.page(new PageRequest(0, 1)).total();
    String editorHash = accounts.get("editor").getPasswordHash();

    seeder.seed();
    seeder.seed();

    assertEquals(before, accounts.page(new PageRequest(0, 1)).total());
    assertEquals(
        editorHash, accounts.get("editor").getPasswordHash(), "existing accounts are kept");
    assertTrue(seeder.isDemo());
  }

  @Test
  void servicesRefuseCallersWithoutARole() {
    assertThrows(EJBAccessException.class, () -> accountService.me());
    assertThrows(EJBAccessException.class, () -> accountService.list(new PageRequest(0, 10)));
  }
}
