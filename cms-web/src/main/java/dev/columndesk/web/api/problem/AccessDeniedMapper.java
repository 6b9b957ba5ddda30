package dev.columndesk.web.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller's roles: {@code 401} with a Basic challenge when nobody signed in,
 * {@code 403} when the signed-in caller lacks the role.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException exception) {
    if (security.getUserPrincipal() == null) {
      return new Problem(401, "Sign in with HTTP Basic to use this call").toResponse().build();
    }
    return new Problem(403, "Your roles do not allow this call").toResponse().build();
  }
}
