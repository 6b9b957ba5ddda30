package dev.columndesk.web.api.problem;

import dev.columndesk.web.api.RequestBodyLimit;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything nobody planned for: logged in full with an incident id, answered with that id and no
 * internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    if (RequestBodyLimit.causedBy(exception)) {
      return RequestBodyLimit.problem().toResponse().build();
    }
    return Incidents.problem(exception).toResponse().build();
  }
}
