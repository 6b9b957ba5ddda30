package dev.columndesk.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the schema is migrated and the database answers now. Payara's {@code /health} and
 * {@code /health/ready} include this check, so a load balancer sends no reader to an instance that
 * cannot reach its database.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject private DatabaseMigration migration;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    DatabaseMigration.DatabaseInfo info;
    try {
      info = migration.info();
    } catch (RuntimeException e) {
      return response.down().withData("error", "schema migration failed").build();
    }
    response
        .withData("product", info.product()) // the version only in the log: this is public
        .withData("schemaVersion", info.schemaVersion());
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      return response.down().withData("error", "no connection: " + e.getSQLState()).build();
    }
  }
}
