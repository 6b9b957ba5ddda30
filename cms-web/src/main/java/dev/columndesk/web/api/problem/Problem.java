package dev.columndesk.web.api.problem;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem document: what went wrong, in words a person can act on. The type is {@code
 * about:blank}, so the title is the status's reason phrase and the detail says exactly which field
 * or rule was at fault.
 *
 * @param status the HTTP status code
 * @param detail what exactly was wrong with this request
 */
public record Problem(int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

  /** The challenge that tells API clients to sign in with HTTP Basic, exactly as the contract. */
  private static final String BASIC_CHALLENGE = "Basic realm=\"column-desk\"";

  /** The reason phrase of the status, as RFC 9457 asks for {@code about:blank} problems. */
  public String title() {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error " + status : known.getReasonPhrase();
  }

  public String toJson() {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title())
        .add("status", status)
        .add("detail", detail)
        .build()
        .toString();
  }

  /**
   * The problem as a JAX-RS response, for exception mappers. A 401 always carries the Basic
   * challenge, as the contract asks of every request with missing or wrong credentials.
   */
  public Response.ResponseBuilder toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(CONTENT_TYPE).entity(toJson());
    return status == 401 ? response.header("WWW-Authenticate", BASIC_CHALLENGE) : response;
  }

  /** The problem written straight to a servlet response, for code outside JAX-RS; 401 as above. */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    }
    response.setContentType(CONTENT_TYPE);
    byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
