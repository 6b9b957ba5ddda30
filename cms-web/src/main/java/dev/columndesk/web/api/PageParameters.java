package dev.columndesk.web.api;

import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.PageRequest;

/**
 * Reads {@code ?page=&size=}. The parameters arrive as text so that {@code size=ten} is a 400 with
 * a message, not the 404 JAX-RS gives for a query parameter it cannot convert.
 */
public final class PageParameters {

  private PageParameters() {}

  public static PageRequest of(String page, String size) {
    return PageRequest.of(number("page", page), number("size", size));
  }

  private static Integer number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name + " must be a whole number, was '" + value + "'");
    }
  }
}
