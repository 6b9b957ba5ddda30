package dev.columndesk.web.api.problem;

import dev.columndesk.web.api.RequestBodyLimit;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or JSON of the wrong shape: {@code 400}, never a 500. JAX-RS
 * reports both as a processing failure caused by the JSON parser or binder.
 */
@Provider
public class InvalidJsonMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    if (RequestBodyLimit.causedBy(exception)) {
      return RequestBodyLimit.problem().toResponse().build();
    }
    if (!causedByJson(exception)) {
      return Incidents.problem(exception).toResponse().build();
    }
    return new Problem(400, "The request body is not valid JSON, or a field has the wrong type")
        .toResponse()
        .build();
  }

  private static boolean causedByJson(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
