package dev.columndesk.web.api.column;

import dev.columndesk.service.editorial.EditorialService;
import dev.columndesk.service.editorial.RevisionDiff;
import dev.columndesk.service.error.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/columns/{id}/diff?from=N&to=M}: what changed between two revisions, field by field
 * with the changed words marked, and as a unified diff.
 */
@Path("columns/{id}/diff")
@Produces(MediaType.APPLICATION_JSON)
public class DiffResource {

  @Inject private EditorialService editorial;

  @GET
  public RevisionDiff diff(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return editorial.diff(id, number("from", from), number("to", to));
  }

  private static int number(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(name + " is required: a revision number such as 1");
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          name + " must be a revision number such as 1 (was '" + value + "')");
    }
  }
}
