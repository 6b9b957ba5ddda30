package dev.columndesk.it.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL server at {@code cms.it.postgres} (default
 * 127.0.0.1:5432, user postgres) for one test, created and dropped by the test.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String SERVER =
      System.getProperty("cms.it.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("cms.it.postgres.user", "postgres");
  private static final String PASSWORD = System.getProperty("cms.it.postgres.password", "");

  private final String name = "columndesk_it_" + UUID.randomUUID().toString().substring(0, 8);

  private PostgresDatabase() {}

  public static PostgresDatabase create() throws SQLException {
    PostgresDatabase database = new PostgresDatabase();
    admin("CREATE DATABASE " + database.name);
    return database;
  }

  /** The settings that point {@code ./run.sh} at this database, with its own data folder. */
  public Map<String, String> environment(Path dataDir) {
    Map<String, String> environment = new HashMap<>();
    environment.put("CMS_DB_URL", SERVER + name);
    environment.put("CMS_DB_USER", USER);
    environment.put("CMS_DB_PASSWORD", PASSWORD);
    environment.put("CMS_DATA_DIR", dataDir.toString());
    return environment;
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

  @Override
  public void close() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
