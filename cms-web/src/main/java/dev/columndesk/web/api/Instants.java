package dev.columndesk.web.api;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.error.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants as the contract writes them: ISO-8601 with any offset in, UTC with {@code Z} out. */
public final class Instants {

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  private Instants() {}

  /**
   * Reads an instant such as {@code 2026-12-01T09:00:00+09:00} or {@code 2026-12-01T00:00:00Z}.
   *
   * @param field the field's name, for the message
   * @return the instant, or {@code null} for a missing value
   */
  public static Instant parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field
              + " must be an ISO-8601 date and time with an offset, such as"
              + " 2026-12-01T09:00:00+09:00 (was '"
              + value
              + "')");
    }
    // Databases store years 1 to 9999; a query or schedule beyond them is a mistake, not a 500.
    if (instant.isBefore(EARLIEST) || instant.isAfter(EditorialColumn.LATEST)) {
      throw new InvalidInputException(
          field + " must be between the years 1 and 9999 (was '" + value.strip() + "')");
    }
    return instant;
  }
}
