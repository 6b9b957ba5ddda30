package dev.columndesk.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>The schema belongs to the Flyway migrations in {@code db/migration} (shipped in the domain
 * jar), so that the same reviewed SQL runs on H2 and PostgreSQL and an upgrade of a production
 * database is safe; what only one of them has (PostgreSQL's trigram indexes) is in {@code
 * db/vendor/<database>}, under the same version numbers. Flyway locks its history table, so
 * instances starting together on one database take turns. Every other start-up bean that uses the
 * database is {@code @DependsOn} this one.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "dev.columndesk.service.platform.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
    })
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  /** The JNDI name of the application's data source. */
  public static final String DATA_SOURCE = "java:app/jdbc/columndesk";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile DatabaseInfo info;

  /**
   * What the migration found.
   *
   * @param product the database product, such as H2 or PostgreSQL
   * @param productVersion its version
   * @param schemaVersion the schema version the migrations left
   * @param embedded whether it is the embedded H2 database rather than a server
   */
  public record DatabaseInfo(
      String product, String productVersion, String schemaVersion, boolean embedded) {}

  @PostConstruct
  void migrate() {
    DatabaseSettings settings =
        DatabaseSettings.from(ConfigProvider.getConfig(DatabaseMigration.class.getClassLoader()));
    LOG.info(() -> "Database: " + settings.safeUrl());
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
            .failOnMissingLocations(true)
            .load()
            .migrate();
    info = describe(result, settings.isEmbedded());
    LOG.info(
        () ->
            "Schema at version "
                + info.schemaVersion()
                + " on "
                + info.product()
                + " "
                + info.productVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The folder of the migrations written for this database alone: the same versions exist for every
   * database, so the schema's version means the same everywhere, but what they do may differ
   * (PostgreSQL's trigram indexes, for one, have no H2 equivalent).
   */
  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached to bring its schema up", e);
    }
  }

  private DatabaseInfo describe(MigrateResult result, boolean embedded) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String version =
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion;
      return new DatabaseInfo(
          meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), version, embedded);
    } catch (SQLException e) {
      throw new IllegalStateException("The database went away right after the migration", e);
    }
  }

  /** The database as found at start-up; the schema is current once this bean exists. */
  public DatabaseInfo info() {
    return info;
  }
}
