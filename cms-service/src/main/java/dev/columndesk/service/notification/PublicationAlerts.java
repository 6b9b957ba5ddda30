package dev.columndesk.service.notification;

import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.publishing.PublicationFailed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the publishers and administrators, at once and once, when a scheduled publication is late
 * or fails.
 *
 * <p>Late means more than a poll interval (a second) after its time: either still waiting (the
 * clock is stuck or every instance was down) or released that late (the audit log's {@code dueAt}
 * and {@code at} say so). Every instance looks; the alert's unique key ({@code once_key}) lets only
 * one of them store it, so each person hears of one late publication once, not once per poll or per
 * instance.
 */
@Stateless
@PermitAll // called by the clocks and the publishing service, which run without a caller
public class PublicationAlerts {

  private static final Logger LOG = Logger.getLogger(PublicationAlerts.class.getName());

  /** The publishing clock's poll interval: later than this is late. */
  public static final Duration LATE_AFTER = Duration.ofSeconds(1);

  /** How far back the audit log is read for late releases (instances may have been busy). */
  private static final Duration LOOK_BACK = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;
  @Inject private NotificationStore store;
  @EJB private PublicationAlerts self;

  /** Alerts about every publication that is late now, or was released late lately. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void checkLate(Instant now) {
    for (Object[] waiting :
        em.createQuery(
                "select c.id, c.publishAt from EditorialColumn c"
                    + " where c.status = :scheduled and c.publishAt < :late",
                Object[].class)
            .setParameter("scheduled", ColumnStatus.SCHEDULED)
            .setParameter("late", now.minus(LATE_AFTER))
            .setMaxResults(100)
            .getResultList()) {
      raiseQuietly(NotificationKind.PUBLICATION_LATE, (Long) waiting[0], (Instant) waiting[1]);
    }
    for (AuditEvent released :
        em.createQuery(
                "select e from AuditEvent e where e.action = :publish and e.actor = :scheduler"
                    + " and e.at > :since and e.dueAt is not null",
                AuditEvent.class)
            .setParameter("publish", AuditAction.PUBLISH)
            .setParameter("scheduler", AuditEvent.SCHEDULER)
            .setParameter("since", now.minus(LOOK_BACK))
            .getResultList()) {
      if (Duration.between(released.getDueAt(), released.getAt()).compareTo(LATE_AFTER) > 0) {
        raiseQuietly(
            NotificationKind.PUBLICATION_LATE, released.getColumnId(), released.getDueAt());
      }
    }
  }

  /** The publishing clock could not release a column: alert unless it went out meanwhile. */
  public void failed(@Observes PublicationFailed failure) {
    try {
      EditorialColumn column = em.find(EditorialColumn.class, failure.columnId());
      if (column == null) {
        return;
      }
      Instant now = Instant.now();
      Instant due = failure.publish() ? column.getPublishAt() : column.getUnpublishAt();
      boolean stillDue =
          failure.publish() ? column.isDueForPublishing(now) : column.isDueForUnpublishing(now);
      if (stillDue) {
        raiseQuietly(NotificationKind.PUBLICATION_FAILED, column.getId(), due);
      }
    } catch (RuntimeException e) {
      // The alert must never break the clock that reported the failure.
      LOG.log(Level.WARNING, "Could not alert about column " + failure.columnId(), e);
    }
  }

  private void raiseQuietly(NotificationKind kind, long columnId, Instant due) {
    try {
      self.raise(kind, columnId, due);
    } catch (RuntimeException e) {
      // Most likely another instance stored the same alert a moment earlier (once_key).
      LOG.log(Level.FINE, "Alert " + kind + " for column " + columnId + " not stored", e);
    }
  }

  /**
   * Stores the alert for every publisher and administrator, unless it was stored before.
   *
   * @return how many rows were stored
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int raise(NotificationKind kind, long columnId, Instant due) {
    long before =
        em.createQuery(
                "select count(n) from Notification n where n.kind = :kind"
                    + " and n.columnId = :column and n.dueAt = :due",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("column", columnId)
            .setParameter("due", due)
            .getSingleResult();
    EditorialColumn column = em.find(EditorialColumn.class, columnId);
    if (before > 0 || column == null) {
      return 0;
    }
    int stored =
        store
            .tell(
                store.holding(Role.PUBLISHER, Role.ADMIN),
                kind,
                columnId,
                column.getTitle(),
                AuditEvent.SCHEDULER,
                null,
                null,
                due)
            .size();
    em.flush();
    LOG.warning(() -> "Column " + columnId + " due " + due + ": " + kind + ", " + stored + " told");
    return stored;
  }
}
