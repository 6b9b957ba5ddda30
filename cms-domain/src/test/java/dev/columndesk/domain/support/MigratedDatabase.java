package dev.columndesk.domain.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database with the real Flyway migrations applied, and the real persistence
 * unit loaded on it by EclipseLink outside the container: what the mapping tests store and read.
 */
public final class MigratedDatabase implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final EntityManager em;

  private MigratedDatabase(String url) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.validation.mode", "NONE"); // no validator outside Payara
    properties.put("jakarta.persistence.jtaDataSource", null);
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", "sa");
    properties.put("jakarta.persistence.jdbc.password", "");
    factory = Persistence.createEntityManagerFactory("columndesk", properties);
    em = factory.createEntityManager();
  }

  public static MigratedDatabase open() {
    return new MigratedDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  public EntityManager em() {
    return em;
  }

  /** A second entity manager on the same database, as a second person would have. */
  public EntityManager anotherEntityManager() {
    return factory.createEntityManager();
  }

  /** Runs the work in a transaction and commits it; rolls back when the work or commit fails. */
  public void inTransaction(Consumer<EntityManager> work) {
    em.getTransaction().begin();
    try {
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  @Override
  public void close() {
    em.close();
    factory.close();
  }
}
