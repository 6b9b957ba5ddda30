package dev.columndesk.service.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlTest {

  @Test
  void uniqueViolationIsFoundAmongTheCauses() {
    PersistenceException failure =
        new PersistenceException(new RuntimeException(new SQLException("duplicate key", "23505")));

    assertTrue(Sql.isUniqueViolation(failure));
  }

  @Test
  void otherFailuresAreNotUniqueViolations() {
    assertFalse(
        Sql.isUniqueViolation(new PersistenceException(new SQLException("too long", "22001"))));
    assertFalse(Sql.isUniqueViolation(new PersistenceException("connection refused")));
  }
}
