package dev.columndesk.service.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the application's pool: an H2 file database under {@code
 * cms.data.dir} by default, or whatever JDBC URL {@code cms.db.url} names (PostgreSQL in
 * production).
 *
 * <p>Why our own class: a {@code @DataSourceDefinition} fixes its driver class when the code is
 * compiled, but the desk chooses H2 or PostgreSQL by configuration when it starts. This class reads
 * MicroProfile Config once and hands each request for a connection to the driver that accepts the
 * URL; Payara's pool around it still does pooling, validation and transactions.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile Target target;
  private PrintWriter logWriter;
  private int loginTimeoutSeconds;

  /** Where the connections go: the driver, its URL and the credentials. */
  record Target(Driver driver, String url, String user, String password) {

    Properties credentials(String user, String password) {
      Properties properties = new Properties();
      if (user != null) {
        properties.setProperty("user", user);
      }
      if (password != null) {
        properties.setProperty("password", password);
      }
      if (url.startsWith("jdbc:postgresql:")) {
        // PostgreSQL compiles the plans it estimates expensive (a count over the live columns at
        // 100,000 columns is one); for the desk's short queries compiling took 50-100 ms more than
        // it saved (bench/scale.sh). Options in the URL take precedence over this default.
        properties.setProperty("options", "-c jit=off");
      }
      return properties;
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Target current = target();
    return connect(current, current.user(), current.password());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connect(target(), username, password);
  }

  private static Connection connect(Target target, String user, String password)
      throws SQLException {
    Connection connection =
        target.driver().connect(target.url(), target.credentials(user, password));
    if (connection == null) {
      throw new SQLException(
          "The JDBC driver refused the URL " + DatabaseSettings.redact(target.url()));
    }
    return connection;
  }

  private Target target() throws SQLException {
    Target current = target;
    if (current == null) {
      synchronized (this) {
        current = target;
        if (current == null) {
          current = resolve(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
          target = current;
        }
      }
    }
    return current;
  }

  private static Target resolve(Config config) throws SQLException {
    DatabaseSettings settings = DatabaseSettings.from(config);
    Driver driver = driverFor(settings.url());
    return new Target(driver, settings.url(), settings.user(), settings.password());
  }

  /** The driver shipped with the application that accepts the URL. */
  static Driver driverFor(String url) throws SQLException {
    for (Driver candidate :
        ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      if (candidate.acceptsURL(url)) {
        return candidate;
      }
    }
    throw new SQLException(
        "No JDBC driver in the application accepts "
            + DatabaseSettings.redact(url)
            + " (shipped: H2 and PostgreSQL)");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("java.util.logging is not used");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
