package dev.columndesk.web.api.problem;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem document: what went wrong, in words a person can act on.
 *
 * @param status the HTTP status code
 * @param title a short summary of the kind of problem
 * @param detail what exactly was wrong with this request (which field, which rule)
 */
public record Problem(int status, String title, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

  /** The challenge that tells API clients to sign in with HTTP Basic. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"column-desk\", charset=\"UTF-8\"";

  public String toJson() {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status)
        .add("detail", detail)
        .build()
        .toString();
  }

  /** The problem as a JAX-RS response, for exception mappers. */
  public Response.ResponseBuilder toResponse() {
    return Response.status(status).type(CONTENT_TYPE).entity(toJson());
  }

  /** The problem written straight to a servlet response, for code that runs before JAX-RS. */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(CONTENT_TYPE);
    byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** 401 for a request that needs a signed-in caller. */
  public static Problem unauthorized(String detail) {
    return new Problem(401, "Unauthorized", detail);
  }
}
