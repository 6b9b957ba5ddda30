package dev.columndesk.service.publishing;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls for due publications every second, on every instance.
 *
 * <p>The schedule itself lives in the database ({@code publish_at}, {@code unpublish_at}), never in
 * EJB timers: on Payara Micro persistent timers live in the Hazelcast grid and vanish when every
 * instance stops, and a clustered timer fires on one instance only. This timer is non-persistent,
 * so each instance polls on its own and {@link DueWork} makes sure only one of them releases each
 * column. Polling at start-up also catches up on whatever fell due while the desk was down.
 *
 * <p>When the application stops (SIGTERM, undeployment), the clock stops taking new claims and
 * waits for the claim under way to commit, so a stop never cuts a publication in half; what is left
 * is due for the next poll of another instance or of the next start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishingClock {

  private static final Logger LOG = Logger.getLogger(PublishingClock.class.getName());

  /** How long a stop waits at most for the poll under way. */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

  /** How often the timer fires. */
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /** The queue's depth is read every this many polls. */
  private static final int QUEUE_EVERY = 5;

  @EJB private DueWork work;
  @Inject private PublishingMetrics metrics;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicInteger polls = new AtomicInteger();
  private volatile Instant lastTick = Instant.now();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "publishing clock")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each claim has its own
  public void tick() {
    lastTick = Instant.now();
    if (stopping.get() || !running.compareAndSet(false, true)) {
      return; // stopping, or the previous poll is still busy and will see whatever is due now
    }
    try {
      metrics.polled();
      awaitNextDueWithinASecond();
      Instant now = Instant.now();
      int released = work.runDue(now, stopping::get);
      if (released > 0 || polls.incrementAndGet() % QUEUE_EVERY == 0) {
        DueWork.Queue queue = work.queue(now);
        metrics.queue(queue.due(), queue.waiting());
      }
    } catch (RuntimeException e) {
      // A failed poll (the database restarting, say) must not stop the clock: the next one retries.
      LOG.log(Level.WARNING, "Publishing poll failed; retrying in a second", e);
    } finally {
      running.set(false);
    }
  }

  /**
   * The timer fires about once a second, not on the due instants, and may fire a moment before a
   * whole second: a column due at 09:00:00.000 would wait for the poll after next. So when
   * something falls due within the coming second, the poll waits for that instant and releases it
   * at once.
   */
  private void awaitNextDueWithinASecond() {
    Instant now = Instant.now();
    Instant next = work.nextDue(now, now.plus(POLL_INTERVAL)).orElse(null);
    while (next != null && !stopping.get() && Instant.now().isBefore(next)) {
      long millis = Math.min(50, Duration.between(Instant.now(), next).toMillis() + 1);
      try {
        Thread.sleep(Math.max(1, millis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** When the clock last fired, for the liveness check. */
  public Instant lastTick() {
    return lastTick;
  }

  /** Whether the application is stopping and the clock takes no new claims. */
  public boolean isStopping() {
    return stopping.get();
  }

  @PreDestroy
  void finishInFlight() {
    stopping.set(true);
    long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
    boolean waited = running.get();
    while (running.get() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (running.get()) {
      LOG.warning("Stopping while a publishing poll is still running; its open claim rolls back");
    } else if (waited) {
      LOG.info("Publishing clock stopped after the claim under way committed");
    } else {
      LOG.info("Publishing clock stopped");
    }
  }
}
