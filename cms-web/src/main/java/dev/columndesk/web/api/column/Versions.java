package dev.columndesk.web.api.column;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.error.InvalidInputException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The optimistic-lock version on the wire: {@code ETag: "<version>"} out, {@code If-Match} in. */
final class Versions {

  private Versions() {}

  /** A 200 with the column and its ETag. */
  static Response ok(EditorialColumn column) {
    return Response.ok(ColumnView.of(column)).tag(tag(column)).build();
  }

  static EntityTag tag(EditorialColumn column) {
    return new EntityTag(Long.toString(column.getVersion()));
  }

  /** The version an {@code If-Match} names; a missing header is a 428. */
  static long required(String ifMatch) {
    if (ifMatch != null && ifMatch.strip().equals("*")) {
      // RFC 9110 would let "*" match any version, which is exactly the blind overwrite that
      // If-Match is here to prevent.
      throw new ClientErrorException(
          "If-Match must name the version you edited, such as \"3\"; \"*\" would overwrite"
              + " whatever was saved in between",
          428);
    }
    Long version = optional(ifMatch);
    if (version == null) {
      throw new ClientErrorException(
          "If-Match is required: send the column's ETag (such as \"3\") so that nobody's"
              + " changes are overwritten",
          428);
    }
    return version;
  }

  /** The version an {@code If-Match} names, or {@code null} when there is none (or {@code *}). */
  static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "If-Match must be the column's ETag, such as \"3\" (was " + ifMatch + ")");
    }
  }
}
