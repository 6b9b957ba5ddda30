package dev.columndesk.service.notification;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.Notification;
import dev.columndesk.domain.notification.NotificationKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes notification rows in the caller's transaction: one per recipient and channel, leaving out
 * what the recipient muted, and e-mail only when it is configured and the recipient has an address.
 */
@Stateless
public class NotificationStore {

  @PersistenceContext private EntityManager em;

  /** The enabled accounts holding any of {@code roles}, by username. */
  public List<Account> holding(Role... roles) {
    return em.createQuery(
            "select distinct a from Account a join a.roles r"
                + " where r in :roles and a.enabled = true order by a.username",
            Account.class)
        .setParameter("roles", List.of(roles))
        .getResultList();
  }

  /**
   * Tells each recipient of one step.
   *
   * @param dueAt for an alert, when the publication was due: each person is then told once
   * @return the rows stored
   */
  public List<Notification> tell(
      Collection<Account> recipients,
      NotificationKind kind,
      long columnId,
      String columnTitle,
      String actor,
      AuditAction action,
      Instant stepAt,
      Instant dueAt) {
    Set<String> muted = muted(kind);
    boolean mail = MailSettings.current().enabled();
    Instant now = Instant.now();
    List<Notification> stored = new ArrayList<>();
    for (Account recipient : recipients) {
      for (Channel channel : Channel.values()) {
        if (muted.contains(recipient.getId() + ":" + channel)
            || channel == Channel.EMAIL && (!mail || recipient.getEmail() == null)) {
          continue;
        }
        Notification notification =
            Notification.tell(
                recipient, channel, kind, columnId, columnTitle, actor, action, stepAt, now);
        if (dueAt != null) {
          notification.once(dueAt);
        }
        em.persist(notification);
        stored.add(notification);
      }
    }
    return stored;
  }

  /** {@code accountId:CHANNEL} of everyone who muted {@code kind}. */
  private Set<String> muted(NotificationKind kind) {
    Set<String> muted = new HashSet<>();
    for (Object row :
        em.createNativeQuery("SELECT account_id, channel FROM notification_mute WHERE kind = ?")
            .setParameter(1, kind.name())
            .getResultList()) {
      Object[] columns = (Object[]) row;
      muted.add(((Number) columns[0]).longValue() + ":" + columns[1]);
    }
    return muted;
  }

  /** The kinds {@code account} muted on {@code channel}. */
  public Set<NotificationKind> mutedBy(Account account, Channel channel) {
    Set<NotificationKind> kinds = new HashSet<>();
    for (Object kind :
        em.createNativeQuery(
                "SELECT kind FROM notification_mute WHERE account_id = ? AND channel = ?")
            .setParameter(1, account.getId())
            .setParameter(2, channel.name())
            .getResultList()) {
      kinds.add(NotificationKind.valueOf(kind.toString()));
    }
    return kinds;
  }

  /** Replaces what {@code account} muted on {@code channel}. */
  public void mute(Account account, Channel channel, Set<NotificationKind> kinds) {
    em.createNativeQuery("DELETE FROM notification_mute WHERE account_id = ? AND channel = ?")
        .setParameter(1, account.getId())
        .setParameter(2, channel.name())
        .executeUpdate();
    for (NotificationKind kind : kinds) {
      em.createNativeQuery(
              "INSERT INTO notification_mute (account_id, kind, channel) VALUES (?, ?, ?)")
          .setParameter(1, account.getId())
          .setParameter(2, kind.name())
          .setParameter(3, channel.name())
          .executeUpdate();
    }
  }
}
