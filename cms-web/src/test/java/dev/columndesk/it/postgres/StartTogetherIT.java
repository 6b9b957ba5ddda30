package dev.columndesk.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.RunScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./run.sh} on PostgreSQL: two instances started at the same moment on one new database
 * migrate once and seed the accounts once; without {@code CMS_DEMO} there are no demo accounts.
 *
 * <p>Runs in the {@code postgres} profile against the server at {@code cms.it.postgres} (default
 * 127.0.0.1:5432, user postgres), in a database it creates and drops itself.
 */
class StartTogetherIT {

  private static final String SERVER =
      System.getProperty("cms.it.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("cms.it.postgres.user", "postgres");
  private static final String PASSWORD = System.getProperty("cms.it.postgres.password", "");

  private final String database = "columndesk_it_" + UUID.randomUUID().toString().substring(0, 8);
  private RunScript first;
  private RunScript second;

  @BeforeEach
  void createDatabase() throws SQLException {
    admin("CREATE DATABASE " + database);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    for (RunScript instance : new RunScript[] {first, second}) {
      if (instance != null) {
        instance.kill();
      }
    }
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  @Test
  void twoInstancesStartingTogetherMigrateAndSeedOnce() throws Exception {
    Path work = RunScript.freshDirectory("start-together");
    Map<String, String> environment = postgres();
    environment.put("CMS_DEMO", "true");
    environment.put("CMS_ADMIN_USERNAME", "chief");
    environment.put("CMS_ADMIN_PASSWORD", "a long admin password");

    first =
        RunScript.start(
            RunScript.freePort(), work.resolve("first.log"), with(environment, work, "first"));
    second =
        RunScript.start(
            RunScript.freePort(), work.resolve("second.log"), with(environment, work, "second"));
    first.awaitHealthy();
    second.awaitHealthy();

    for (RunScript instance : List.of(first, second)) {
      Api api = instance.api();
      Api.Answer health = api.server("/health");
      assertTrue(health.body().contains("PostgreSQL"), health::toString);
      assertEquals(200, api.get("api/v1/me", "editor").status());
      Api.Answer chief = api.get("api/v1/me", "chief", "a long admin password");
      assertEquals("[\"ADMIN\"]", chief.json().getJsonArray("roles").toString(), chief::toString);
      assertFalse(instance.log().contains("SEVERE"), instance::log);
    }
    assertEquals(1, count("SELECT count(*) FROM flyway_schema_history WHERE version = '1'"));
    assertEquals(7, count("SELECT count(*) FROM account"), "six demo accounts and the first admin");
    assertEquals(7, count("SELECT count(*) FROM account_role"));

    first.stop();
    second.stop();
  }

  @Test
  void demoModeIsOffWithPostgresqlUnlessAskedFor() throws Exception {
    Path work = RunScript.freshDirectory("postgres-default");
    first =
        RunScript.start(
            RunScript.freePort(), work.resolve("run.log"), with(postgres(), work, "data"));
    first.awaitHealthy();

    assertEquals(401, first.api().get("api/v1/me", "editor").status(), "no demo accounts");
    assertEquals(0, count("SELECT count(*) FROM account"));
    String log = first.awaitLog("Press Ctrl-C to stop.");
    assertFalse(log.contains("Demo accounts"), "the banner lists no demo accounts");
    assertTrue(log.contains("set CMS_ADMIN_USERNAME and CMS_ADMIN_PASSWORD"), "the log says how");
    first.stop();
  }

  /** The settings that point ./run.sh at this test's database. */
  private Map<String, String> postgres() {
    Map<String, String> environment = new HashMap<>();
    environment.put("CMS_DB_URL", SERVER + database);
    environment.put("CMS_DB_USER", USER);
    environment.put("CMS_DB_PASSWORD", PASSWORD);
    return environment;
  }

  private static Map<String, String> with(Map<String, String> environment, Path work, String name) {
    Map<String, String> copy = new HashMap<>(environment);
    copy.put("CMS_DATA_DIR", work.resolve(name).toString());
    return copy;
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
