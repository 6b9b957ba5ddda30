package dev.columndesk.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The database the whole Arquillian suite runs on. By default that is the embedded H2 database in
 * {@code target/it-data} and this listener does nothing. With {@code -Dcms.it.database=postgres}
 * (the {@code postgres} profile) it creates a new PostgreSQL database with a random name before the
 * first test, hands its URL to {@code arquillian.xml} (system properties {@code cms.it.db.url} and
 * {@code cms.it.db.user}, {@code cms.it.db.password}, which become the suite's Payara Micro's
 * {@code cms.db.*} settings) and drops it when the test run ends.
 *
 * <p>A JUnit Platform launcher session spans every test class of the run, so the database is made
 * before Arquillian reads its configuration and starts Payara Micro, and outlives it.
 */
public final class SuiteDatabase implements LauncherSessionListener {

  /** The system property that chooses the suite's database: {@code h2} (default) or postgres. */
  public static final String CHOICE = "cms.it.database";

  private static final String SERVER =
      System.getProperty("cms.it.postgres", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getProperty("cms.it.postgres.user", "postgres");
  private static final String PASSWORD = System.getProperty("cms.it.postgres.password", "");

  private String name;

  /** Whether this run's suite uses PostgreSQL. */
  public static boolean onPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty(CHOICE, "h2"));
  }

  /** The product name the suite's database reports through JDBC: {@code H2} or PostgreSQL. */
  public static String product() {
    return onPostgres() ? "PostgreSQL" : "H2";
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!onPostgres() || name != null) {
      return;
    }
    name = "columndesk_suite_" + UUID.randomUUID().toString().substring(0, 8);
    admin("CREATE DATABASE " + name);
    System.setProperty("cms.it.db.url", SERVER + name);
    System.setProperty("cms.it.db.user", USER);
    System.setProperty("cms.it.db.password", PASSWORD);
    System.out.println("Suite database: " + SERVER + name);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (name != null) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      name = null;
    }
  }

  private static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + SERVER + " refused " + sql + ": " + e.getMessage(), e);
    }
  }
}
