package dev.columndesk.service.publishing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive means the publishing clock still fires: it ticks every second, so a minute of silence means
 * the timer service of this instance is stuck and nothing scheduled would go out from here. {@code
 * /health/live} then answers DOWN and an orchestrator restarts the instance. The database is not
 * part of liveness (a restart does not bring a database back); readiness covers it.
 */
@Liveness
@ApplicationScoped
public class PublishingClockLiveness implements HealthCheck {

  static final Duration SILENCE_LIMIT = Duration.ofSeconds(60);

  @EJB private PublishingClock clock;

  @Override
  public HealthCheckResponse call() {
    Instant last = clock.lastTick();
    long silentSeconds = Duration.between(last, Instant.now()).toSeconds();
    return HealthCheckResponse.named("publishing-clock")
        .status(clock.isStopping() || silentSeconds < SILENCE_LIMIT.toSeconds())
        .withData("lastTick", last.toString())
        .withData("stopping", clock.isStopping())
        .build();
  }
}
