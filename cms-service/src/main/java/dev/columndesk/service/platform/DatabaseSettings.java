package dev.columndesk.service.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The database the desk uses, as configured: {@code cms.db.url}, {@code cms.db.user} and {@code
 * cms.db.password} (environment {@code CMS_DB_URL} …), or else an H2 file database in {@code
 * cms.data.dir} ({@code CMS_DATA_DIR}, default {@code data}).
 *
 * @param url the JDBC URL
 * @param user the database user, or {@code null}
 * @param password the database password, or {@code null}
 */
public record DatabaseSettings(String url, String user, String password) {

  static final String URL = "cms.db.url";
  static final String USER = "cms.db.user";
  static final String PASSWORD = "cms.db.password";
  static final String DATA_DIR = "cms.data.dir";
  static final String DEFAULT_DATA_DIR = "data";

  private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

  /**
   * The H2 options of the embedded database.
   *
   * <ul>
   *   <li>WRITE_DELAY=0: a commit reaches the file before it returns. H2's default delay of half a
   *       second loses the last commits when the process is killed (seen with {@code kill -9}), and
   *       nothing typed may be lost.
   *   <li>DB_CLOSE_ON_EXIT=FALSE: the pool, not the JVM's shutdown hook, closes the database, so
   *       that requests still running while Payara stops find it open.
   * </ul>
   */
  static final String H2_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

  public static DatabaseSettings from(Config config) {
    Optional<String> url = config.getOptionalValue(URL, String.class).filter(s -> !s.isBlank());
    if (url.isPresent()) {
      return new DatabaseSettings(
          url.get().trim(),
          config.getOptionalValue(USER, String.class).orElse(null),
          config.getOptionalValue(PASSWORD, String.class).orElse(null));
    }
    String dataDir = config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR);
    return embedded(Path.of(dataDir));
  }

  /** The embedded H2 file database in the given data directory. */
  public static DatabaseSettings embedded(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("columndesk");
    return new DatabaseSettings(H2_FILE_PREFIX + file + H2_OPTIONS, "sa", "");
  }

  /**
   * Whether this is an embedded H2 database, in a file or in memory (demo mode is on by default
   * there); an H2 server reached over the network is not.
   */
  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  /** The URL without anything that could be a secret, for log lines and error messages. */
  static String redact(String url) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
  }

  /** The URL as it may be logged. */
  public String safeUrl() {
    return redact(url);
  }
}
