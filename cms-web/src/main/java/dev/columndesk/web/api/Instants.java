package dev.columndesk.web.api;

import dev.columndesk.service.error.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants as the contract writes them: ISO-8601 with any offset in, UTC with {@code Z} out. */
public final class Instants {

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
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field
              + " must be an ISO-8601 date and time with an offset, such as"
              + " 2026-12-01T09:00:00+09:00 (was '"
              + value
              + "')");
    }
  }
}
