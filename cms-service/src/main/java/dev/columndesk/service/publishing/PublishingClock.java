package dev.columndesk.service.publishing;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
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
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishingClock {

  private static final Logger LOG = Logger.getLogger(PublishingClock.class.getName());

  @EJB private DueWork work;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "publishing clock")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each claim has its own
  public void tick() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous poll is still busy; it will see whatever is due now
    }
    try {
      work.runDue(Instant.now());
    } catch (RuntimeException e) {
      // A failed poll (the database restarting, say) must not stop the clock: the next one retries.
      LOG.log(Level.WARNING, "Publishing poll failed; retrying in a second", e);
    } finally {
      running.set(false);
    }
  }
}
