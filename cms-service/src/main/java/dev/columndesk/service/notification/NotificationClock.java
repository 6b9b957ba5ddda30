package dev.columndesk.service.notification;

import dev.columndesk.domain.notification.Channel;
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
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The notifications' timers, on every instance (non-persistent, like the publishing clock, for the
 * same reasons): every second it looks for new desk notifications and for late publications, and
 * every two seconds it sends the e-mails that are due.
 *
 * <p>Why the database and not the data grid for ringing desks: the step may commit on one instance
 * while the person's desk holds its socket on another. Each instance reads the desk notifications
 * stored in the last seconds (committed, by anyone) and rings the sockets it holds itself. That
 * needs nothing but the database every instance already shares, survives any instance dying, and
 * costs one indexed query a second, and none at all while no desk page listens on this instance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationClock {

  private static final Logger LOG = Logger.getLogger(NotificationClock.class.getName());

  /**
   * How far back each look reaches: rows may commit a little after their {@code created_at}, and
   * out of order across instances.
   */
  private static final Duration WINDOW = Duration.ofSeconds(15);

  @PersistenceContext private EntityManager em;
  @EJB private MailOutbox outbox;
  @EJB private PublicationAlerts alerts;
  @Inject private Instance<DeskListeners> listeners;
  @Inject private Event<DeskNotified> notified;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean watching = new AtomicBoolean();
  private final AtomicBoolean mailing = new AtomicBoolean();

  /** Desk notifications already rung for, with when they were made. */
  private final Map<Long, Instant> announced = new ConcurrentHashMap<>();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "desk watch")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void watch() {
    if (stopping.get() || !watching.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = Instant.now();
      announceNew(now);
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

  private void announceNew(Instant now) {
    Instant since = now.minus(WINDOW);
    announced.values().removeIf(at -> at.isBefore(since));
    if (!anyoneListening()) {
      return;
    }
    Set<String> usernames = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "select n.id, n.createdAt, r.username from Notification n join n.recipient r"
                    + " where n.createdAt > :since and n.channel = :desk",
                Object[].class)
            .setParameter("since", since)
            .setParameter("desk", Channel.DESK)
            .getResultList()) {
      if (announced.putIfAbsent((Long) row[0], (Instant) row[1]) == null) {
        usernames.add((String) row[2]);
      }
    }
    if (!usernames.isEmpty()) {
      notified.fire(new DeskNotified(Set.copyOf(usernames)));
    }
  }

  private boolean anyoneListening() {
    return listeners.stream().anyMatch(DeskListeners::anyone);
  }

  @PreDestroy
  void stop() {
    stopping.set(true);
  }
}
