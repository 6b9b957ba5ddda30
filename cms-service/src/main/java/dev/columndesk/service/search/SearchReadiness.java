package dev.columndesk.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this instance's search index holds everything live: until then searches miss. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject private SiteSearch search;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("search")
        .status(search.isReady())
        .withData("columns", search.size())
        .build();
  }
}
