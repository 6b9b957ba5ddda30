package dev.columndesk.service.notification;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.Delivery;
import dev.columndesk.domain.notification.Notification;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reading notifications: one's own in the desk (the bell, the list, marking them read), a column's
 * record of who was told (editors, administrators), e-mails that failed (administrators), and which
 * kinds one has muted.
 */
@Stateless
@Interceptors(DomainRules.class)
public class Notifications {

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private NotificationStore store;
  @Resource private SessionContext context;

  /** The caller's desk notifications, newest first. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Page<Notification> mine(PageRequest request) {
    Account me = me();
    return Page.fetch(
        em.createQuery(
                "select n from Notification n where n.recipient = :me and n.channel = :desk"
                    + " order by n.createdAt desc, n.id desc",
                Notification.class)
            .setParameter("me", me)
            .setParameter("desk", Channel.DESK),
        em.createQuery(
                "select count(n) from Notification n where n.recipient = :me"
                    + " and n.channel = :desk",
                Long.class)
            .setParameter("me", me)
            .setParameter("desk", Channel.DESK),
        request);
  }

  /** How many of the caller's desk notifications are unread: the bell's number. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public long unread() {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient.username = :me"
                + " and n.channel = :desk and n.readAt is null",
            Long.class)
        .setParameter("me", context.getCallerPrincipal().getName())
        .setParameter("desk", Channel.DESK)
        .getSingleResult();
  }

  /** Marks one of the caller's notifications read; someone else's is not found. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public void markRead(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.getRecipient().equals(me())) {
      throw new NotFoundException("There is no notification " + id + " for you");
    }
    notification.markRead(Instant.now());
  }

  /** Marks all the caller's desk notifications read. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public int markAllRead() {
    Instant now = Instant.now();
    int marked = 0;
    for (Notification notification :
        em.createQuery(
                "select n from Notification n where n.recipient = :me and n.channel = :desk"
                    + " and n.readAt is null",
                Notification.class)
            .setParameter("me", me())
            .setParameter("desk", Channel.DESK)
            .getResultList()) {
      notification.markRead(now);
      marked++;
    }
    return marked;
  }

  /**
   * Who was told of each step of a column, in the order they were told.
   *
   * @throws NotFoundException when there is no such column
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Page<Notification> ofColumn(long columnId, PageRequest request) {
    if (em.find(EditorialColumn.class, columnId) == null) {
      throw new NotFoundException("There is no column " + columnId);
    }
    return Page.fetch(
        em.createQuery(
                "select n from Notification n where n.columnId = :column"
                    + " order by n.createdAt, n.id",
                Notification.class)
            .setParameter("column", columnId)
            // Who was told, with their roles, in the same few queries however many they are.
            .setHint("eclipselink.join-fetch", "n.recipient"),
        em.createQuery("select count(n) from Notification n where n.columnId = :column", Long.class)
            .setParameter("column", columnId),
        request);
  }

  /** E-mails given up after their last attempt, newest first, for the administrators. */
  @RolesAllowed(Role.Names.ADMIN)
  public Page<Notification> failedMail(PageRequest request) {
    return Page.fetch(
        em.createQuery(
                "select n from Notification n where n.channel = :email and n.status = :failed"
                    + " order by n.createdAt desc, n.id desc",
                Notification.class)
            .setParameter("email", Channel.EMAIL)
            .setParameter("failed", Delivery.FAILED),
        em.createQuery(
                "select count(n) from Notification n where n.channel = :email"
                    + " and n.status = :failed",
                Long.class)
            .setParameter("email", Channel.EMAIL)
            .setParameter("failed", Delivery.FAILED),
        request);
  }

  /** The kinds the caller muted on {@code channel}. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Set<NotificationKind> muted(Channel channel) {
    return store.mutedBy(me(), channel);
  }

  /** Replaces the kinds the caller muted, in the desk and by e-mail. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public void mute(Set<NotificationKind> inDesk, Set<NotificationKind> byEmail) {
    Account me = me();
    store.mute(me, Channel.DESK, copy(inDesk));
    store.mute(me, Channel.EMAIL, copy(byEmail));
  }

  /** Whether e-mail is configured on this desk. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public boolean mailEnabled() {
    return MailSettings.current().enabled();
  }

  private static Set<NotificationKind> copy(Set<NotificationKind> kinds) {
    return kinds == null || kinds.isEmpty()
        ? EnumSet.noneOf(NotificationKind.class)
        : EnumSet.copyOf(kinds);
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
