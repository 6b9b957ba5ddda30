package dev.columndesk.web.api.problem;

import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.error.TooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one place where the services' failures become status codes. */
@Provider
public class CmsExceptionMapper implements ExceptionMapper<CmsException> {

  @Override
  public Response toResponse(CmsException exception) {
    return new Problem(statusOf(exception), exception.getMessage()).toResponse().build();
  }

  static int statusOf(CmsException exception) {
    if (exception instanceof TooLargeException) {
      return 413;
    }
    if (exception instanceof InvalidInputException) {
      return 400;
    }
    if (exception instanceof NotFoundException) {
      return 404;
    }
    if (exception instanceof ConflictException) {
      return 409;
    }
    if (exception instanceof ForbiddenException) {
      return 403;
    }
    if (exception instanceof StaleVersionException) {
      return 412;
    }
    throw new IllegalStateException("No status for " + exception.getClass().getName());
  }
}
