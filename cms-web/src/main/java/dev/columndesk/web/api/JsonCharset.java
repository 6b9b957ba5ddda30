package dev.columndesk.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/** Says {@code charset=UTF-8} on every JSON answer, as the contract promises. */
@Provider
public class JsonCharset implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type != null
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
        && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
      response
          .getHeaders()
          .putSingle("Content-Type", type.withCharset(StandardCharsets.UTF_8.name()));
    }
  }
}
