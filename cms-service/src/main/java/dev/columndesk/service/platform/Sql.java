package dev.columndesk.service.platform;

import java.sql.SQLException;

/** What a database failure means, read from the SQL state that H2 and PostgreSQL share. */
public final class Sql {

  /** SQL state of a unique constraint violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Sql() {}

  /** Whether the failure, or any of its causes, is a unique constraint violation. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text for a {@code like} pattern with {@code escape '\\'}: its {@code %}, {@code _} and
   * backslashes match themselves.
   */
  public static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
