package dev.columndesk.service.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The scheduler's numbers in MicroProfile Metrics (application scope, at {@code /metrics}): how
 * late each scheduled publication went live, how often this instance polled, how many columns it
 * released, and how many wait in the queue, due or not yet due.
 *
 * <p>Each instance counts what it did itself; the queue is the database's, so every instance
 * reports the same depth.
 */
@ApplicationScoped
public class PublishingMetrics {

  static final String LATENESS = "publishing.lateness.millis";
  static final String POLLS = "publishing.polls";
  static final String RELEASES = "publishing.releases";
  static final String QUEUE = "publishing.queue";

  @Inject private MetricRegistry registry;

  private final AtomicLong due = new AtomicLong();
  private final AtomicLong waiting = new AtomicLong();
  private Histogram publishLateness;
  private Histogram unpublishLateness;
  private Counter polls;
  private Counter published;
  private Counter unpublished;

  @PostConstruct
  void register() {
    // A histogram of plain milliseconds rather than a timer: Payara's Prometheus output converts
    // a timer's sum to seconds but not its quantiles, mean and max, which would mislead.
    Metadata lateness =
        Metadata.builder()
            .withName(LATENESS)
            .withDescription(
                "Milliseconds from a column's scheduled moment to its release by the scheduler")
            .withUnit(MetricUnits.NONE)
            .build();
    publishLateness = registry.histogram(lateness, new Tag("action", "publish"));
    unpublishLateness = registry.histogram(lateness, new Tag("action", "unpublish"));
    polls =
        registry.counter(
            Metadata.builder()
                .withName(POLLS)
                .withDescription("Polls for due columns made by this instance's publishing clock")
                .build());
    Metadata releases =
        Metadata.builder()
            .withName(RELEASES)
            .withDescription("Columns this instance published or unpublished on schedule")
            .build();
    published = registry.counter(releases, new Tag("action", "publish"));
    unpublished = registry.counter(releases, new Tag("action", "unpublish"));
    Metadata queue =
        Metadata.builder()
            .withName(QUEUE)
            .withDescription(
                "Scheduled columns waiting for publication: due (their time has come) or waiting")
            .build();
    registry.gauge(queue, due, AtomicLong::get, new Tag("state", "due"));
    registry.gauge(queue, waiting, AtomicLong::get, new Tag("state", "waiting"));
  }

  void polled() {
    polls.inc();
  }

  void released(boolean publish, Duration lateness) {
    (publish ? published : unpublished).inc();
    (publish ? publishLateness : unpublishLateness).update(lateness.toMillis());
  }

  void queue(long dueNow, long notYetDue) {
    due.set(dueNow);
    waiting.set(notYetDue);
  }
}
