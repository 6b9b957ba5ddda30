package dev.columndesk.web.api.problem;

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
    return Incidents.problem(exception).toResponse().build();
  }
}
