package dev.columndesk.service.notification;

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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notifications' timers, on every instance (non-persistent, like the publishing clock, for the
 * same reasons): every second it looks for late publications, and every two seconds it sends the
 * e-mails that are due. Desk notifications need no timer: they are rows the bell counts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationClock {

  private static final Logger LOG = Logger.getLogger(NotificationClock.class.getName());

  @EJB private MailOutbox outbox;
  @EJB private PublicationAlerts alerts;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean watching = new AtomicBoolean();
  private final AtomicBoolean mailing = new AtomicBoolean();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "late publications")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void watch() {
    if (stopping.get() || !watching.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = Instant.now();
      alerts.checkLate(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification watch failed; retrying in a second", e);
    } finally {
      watching.set(false);
    }
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "mail outbox")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void mail() {
    if (stopping.get() || !mailing.compareAndSet(false, true)) {
      return;
    }
    try {
      outbox.sendDue(Instant.now(), stopping::get);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail outbox poll failed; retrying in two seconds", e);
    } finally {
      mailing.set(false);
    }
  }

  @PreDestroy
  void stop() {
    stopping.set(true);
  }
}
