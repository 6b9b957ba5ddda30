package dev.columndesk.web.api.problem;

import dev.columndesk.web.api.RequestBodyLimit;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures that JAX-RS itself raises (no such path, wrong method, wrong media type) as problem
 * documents, keeping headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (RequestBodyLimit.causedBy(exception)) {
      return RequestBodyLimit.problem().toResponse().build();
    }
    Response original = exception.getResponse();
    if (original.hasEntity()) {
      return original; // a problem written where the failure was found, such as StrictJson's
    }
    int status = original.getStatus();
    if (status >= 500) {
      return Incidents.problem(exception).toResponse().build();
    }
    Response.ResponseBuilder response = new Problem(status, detail(exception, status)).toResponse();
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!"Content-Type".equalsIgnoreCase(name)
                  && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  private String detail(WebApplicationException exception, int status) {
    if (exception instanceof NotFoundException) {
      return "There is nothing at " + uri.getRequestUri().getRawPath();
    }
    if (exception instanceof NotAllowedException) {
      return "This method is not allowed here; see the Allow header";
    }
    if (exception instanceof NotSupportedException) {
      return "Send the request body as application/json";
    }
    if (status == 400) {
      return "The request body is missing or is not valid JSON for this call";
    }
    return exception.getMessage();
  }
}
