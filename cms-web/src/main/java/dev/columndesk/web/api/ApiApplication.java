package dev.columndesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The HTTP API of the contract, under {@code /api/v1}. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // The contract and OpenAPI describe the API; Jersey's generated WADL would only add noise.
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
