package dev.columndesk.service.notification;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.audit.ColumnChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides who hears of each step of a column's life and stores it in the step's own transaction, so
 * that "who was told" commits or rolls back with the step.
 *
 * <ul>
 *   <li>submitted: the editors;
 *   <li>changes requested, a comment: the author;
 *   <li>approved: the author and the publishers;
 *   <li>scheduled, published, unpublished: the author.
 * </ul>
 *
 * Nobody is told of what they did themselves, and disabled accounts are told nothing.
 */
@Stateless
public class Notifier {

  @PersistenceContext private EntityManager em;
  @Inject private NotificationStore store;

  /** Observes synchronously, inside the caller's transaction. */
  @PermitAll
  public void tell(@Observes ColumnChanged change) {
    NotificationKind kind = kindOf(change);
    if (kind == null) {
      return;
    }
    EditorialColumn column = em.find(EditorialColumn.class, change.columnId());
    if (column == null) {
      return;
    }
    Set<Account> recipients = new LinkedHashSet<>();
    if (kind == NotificationKind.SUBMITTED) {
      recipients.addAll(store.holding(Role.EDITOR));
    } else {
      recipients.add(column.getAuthor());
      if (kind == NotificationKind.APPROVED) {
        recipients.addAll(store.holding(Role.PUBLISHER));
      }
    }
    recipients.removeIf(
        account -> account.getUsername().equals(change.actor()) || !account.isEnabled());
    store.tell(
        recipients,
        kind,
        column.getId(),
        column.getTitle(),
        change.actor(),
        change.action(),
        change.at(),
        null);
  }

  /** The kind of notification a change makes, or {@code null} when it tells nobody. */
  static NotificationKind kindOf(ColumnChanged change) {
    return switch (change.action()) {
      case SUBMIT -> NotificationKind.SUBMITTED;
      case REQUEST_CHANGES -> NotificationKind.CHANGES_REQUESTED;
      case COMMENT -> NotificationKind.COMMENTED;
      case APPROVE -> NotificationKind.APPROVED;
      // A SCHEDULE that only sets a live column's expiry is no news for the author.
      case SCHEDULE -> change.to() == ColumnStatus.SCHEDULED ? NotificationKind.SCHEDULED : null;
      case PUBLISH -> NotificationKind.PUBLISHED;
      case UNPUBLISH -> NotificationKind.UNPUBLISHED;
      default -> null;
    };
  }
}
