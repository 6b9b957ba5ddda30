package dev.columndesk.service.editorial;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.review.Review;
import dev.columndesk.domain.review.ReviewOutcome;
import dev.columndesk.service.account.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the desk's home page shows each role: a writer's own work by status, the editors' review
 * queue oldest first, the publisher's approved and scheduled columns, and recent activity that
 * concerns the caller. Each list is short (the first few of a kind) with the total beside it; the
 * column list has the rest.
 */
@Stateless
public class Dashboard {

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Resource private SessionContext context;

  /**
   * Some columns of one kind and how many there are in all.
   *
   * @param items the first few
   * @param total how many there are
   */
  public record Shelf<T>(List<T> items, long total) {}

  /**
   * A column waiting for review.
   *
   * @param column the column
   * @param submittedAt when it was last submitted: how long it has waited
   */
  public record Waiting(EditorialColumn column, Instant submittedAt) {}

  /**
   * One entry of the activity feed.
   *
   * @param event what happened
   * @param title the column's current title, or {@code null} when the entry names no column
   */
  public record Activity(AuditEvent event, String title) {}

  /** The caller's own columns in these statuses, the most recently changed first. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public Shelf<EditorialColumn> mine(Set<ColumnStatus> statuses, int limit) {
    return shelf(
        "c.author = :me and c.status in :statuses",
        Map.of("me", me(), "statuses", statuses),
        "c.updatedAt desc, c.id desc",
        limit);
  }

  /** Columns in review, the one submitted longest ago first. */
  @RolesAllowed(Role.Names.EDITOR)
  public Shelf<Waiting> reviewQueue(int limit) {
    List<Waiting> waiting =
        em.createQuery(
                "select r from Review r join fetch r.column c where r.outcome = :pending"
                    + " and c.status = :inReview order by r.submittedAt, r.id",
                Review.class)
            .setParameter("pending", ReviewOutcome.PENDING)
            .setParameter("inReview", ColumnStatus.IN_REVIEW)
            .setMaxResults(limit)
            .getResultStream()
            .map(review -> new Waiting(review.getColumn(), review.getSubmittedAt()))
            .toList();
    return new Shelf<>(waiting, count("c.status = :s", Map.of("s", ColumnStatus.IN_REVIEW)));
  }

  /** Approved columns not yet on the calendar, the longest waiting first. */
  @RolesAllowed(Role.Names.PUBLISHER)
  public Shelf<EditorialColumn> approved(int limit) {
    return shelf("c.status = :s", Map.of("s", ColumnStatus.APPROVED), "c.updatedAt, c.id", limit);
  }

  /** Scheduled columns, the next to go live first. */
  @RolesAllowed(Role.Names.PUBLISHER)
  public Shelf<EditorialColumn> scheduled(int limit) {
    return shelf("c.status = :s", Map.of("s", ColumnStatus.SCHEDULED), "c.publishAt, c.id", limit);
  }

  /**
   * The latest events that concern the caller: what they did, what happened to their own columns,
   * and, for editors, submissions, and for publishers, approvals.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public List<Activity> activity(int limit) {
    Account me = me();
    StringBuilder where =
        new StringBuilder(
            "a.actor = :name or a.columnId in"
                + " (select c.id from EditorialColumn c where c.author = :me)");
    List<AuditAction> watched = new ArrayList<>();
    if (me.hasRole(Role.EDITOR)) {
      watched.add(AuditAction.SUBMIT);
    }
    if (me.hasRole(Role.PUBLISHER)) {
      watched.add(AuditAction.APPROVE);
    }
    if (!watched.isEmpty()) {
      where.append(" or a.action in :watched");
    }
    var query =
        em.createQuery(
                "select a from AuditEvent a where " + where + " order by a.at desc, a.id desc",
                AuditEvent.class)
            .setParameter("name", me.getUsername())
            .setParameter("me", me)
            .setMaxResults(limit);
    if (!watched.isEmpty()) {
      query.setParameter("watched", watched);
    }
    List<AuditEvent> events = query.getResultList();
    Map<Long, EditorialColumn> byId =
        columns(events.stream().map(AuditEvent::getColumnId).filter(id -> id != null).toList());
    return events.stream()
        .map(
            event -> {
              EditorialColumn column = byId.get(event.getColumnId());
              return new Activity(event, column == null ? null : titleFor(column, me));
            })
        .toList();
  }

  /** Only those who may read the working copy see its title; the feed then names no title. */
  private static String titleFor(EditorialColumn column, Account viewer) {
    return column.readsWorkingCopy(viewer) ? column.getTitle() : null;
  }

  private Shelf<EditorialColumn> shelf(
      String where, Map<String, Object> parameters, String order, int limit) {
    var items =
        em.createQuery(
            "select c from EditorialColumn c where " + where + " order by " + order,
            EditorialColumn.class);
    parameters.forEach(items::setParameter);
    items.setHint("eclipselink.join-fetch", "c.author");
    return new Shelf<>(items.setMaxResults(limit).getResultList(), count(where, parameters));
  }

  private long count(String where, Map<String, Object> parameters) {
    var count = em.createQuery("select count(c) from EditorialColumn c where " + where, Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private Map<Long, EditorialColumn> columns(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select c from EditorialColumn c where c.id in :ids", EditorialColumn.class)
        .setParameter("ids", Set.copyOf(ids))
        .setHint("eclipselink.join-fetch", "c.author")
        .getResultStream()
        .collect(Collectors.toMap(EditorialColumn::getId, Function.identity()));
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
