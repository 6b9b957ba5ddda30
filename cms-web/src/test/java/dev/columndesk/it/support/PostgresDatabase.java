package dev.columndesk.it.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own for each test on the PostgreSQL server at {@code cms.it.postgres} (default
 * 127.0.0.1:5432, user postgres), and the {@code ./run.sh} instances the test starts on it. After
 * the test, whatever instance is left is killed and the database dropped. Register it with
 * {@code @RegisterExtension}; on a static field, the test class's tests share one database and the
 * instances started in {@code @BeforeAll}.
 */
public final class PostgresDatabase
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final String SERVER =
      System.getProperty("cms.it.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("cms.it.postgres.user", "postgres");
  private static final String PASSWORD = System.getProperty("cms.it.postgres.password", "");

  private final List<RunScript> instances = new ArrayList<>();
  private String name;
  private boolean perClass;

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    perClass = true;
    create();
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    drop();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    if (!perClass) {
      create();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    if (!perClass) {
      drop();
    }
  }

  private void create() throws SQLException {
    name = "columndesk_it_" + UUID.randomUUID().toString().substring(0, 8);
    admin("CREATE DATABASE " + name);
  }

  private void drop() throws SQLException {
    instances.forEach(RunScript::kill);
    instances.clear();
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /**
   * Starts {@code ./run.sh} on this database with its own data folder and log under {@code work},
   * plus the given settings.
   */
  public RunScript start(Path work, String instance, Map<String, String> settings)
      throws Exception {
    Map<String, String> environment = new HashMap<>(settings);
    environment.put("CMS_DB_URL", SERVER + name);
    environment.put("CMS_DB_USER", USER);
    environment.put("CMS_DB_PASSWORD", PASSWORD);
    environment.put("CMS_DATA_DIR", work.resolve(instance).toString());
    RunScript started =
        RunScript.start(RunScript.freePort(), work.resolve(instance + ".log"), environment);
    instances.add(started);
    return started;
  }

  /** The single number a query answers, such as a count. */
  public long number(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + name, USER, PASSWORD);
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
