package dev.columndesk.service.publishing;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.editorial.Columns;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher's actions: schedule, unschedule, publish now, unpublish, an expiry for what is
 * live, and the calendar they are planned on. What goes live is always the approved revision.
 * Scheduled times are kept on the column; {@link PublishingClock} releases them.
 */
@Stateless
@Interceptors(DomainRules.class)
public class PublishingService {

  @Inject private Columns columns;
  @Inject private AccountRepository accounts;
  @Inject private Event<ColumnChanged> changed;
  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;

  /** At most this many columns of each kind in one calendar range: a month of a busy desk. */
  static final int CALENDAR_LIMIT = 500;

  /**
   * The calendar's entries as such: the few fields it shows, not whole columns with their bodies (a
   * month holds a thousand publications at 100,000 columns).
   */
  private static final String ENTRIES =
      "select new dev.columndesk.service.publishing.CalendarEntry(c.id, c.version, c.title,"
          + " c.slug, a.displayName, c.status, c.publishAt, c.livePublishedAt, c.unpublishAt,"
          + " c.liveRevision) from EditorialColumn c join c.author a where ";

  /**
   * Schedules (or reschedules) the approved revision.
   *
   * @param unpublishAt when it comes down again, or {@code null} for never
   */
  @RolesAllowed(Role.Names.PUBLISHER)
  public EditorialColumn schedule(
      long id, Long expectedVersion, Instant publishAt, Instant unpublishAt) {
    Account me = me();
    EditorialColumn column = load(id, expectedVersion, me);
    ColumnStatus from = column.getStatus();
    column.schedule(me, publishAt, unpublishAt, Instant.now());
    return done(AuditAction.SCHEDULE, column, me, from, column.getApprovedRevision());
  }

  @RolesAllowed(Role.Names.PUBLISHER)
  public EditorialColumn unschedule(long id, Long expectedVersion) {
    Account me = me();
    EditorialColumn column = load(id, expectedVersion, me);
    ColumnStatus from = column.getStatus();
    column.unschedule(me, Instant.now());
    return done(AuditAction.UNSCHEDULE, column, me, from, null);
  }

  @RolesAllowed(Role.Names.PUBLISHER)
  public EditorialColumn publish(long id, Long expectedVersion) {
    Account me = me();
    EditorialColumn column = load(id, expectedVersion, me);
    ColumnStatus from = column.getStatus();
    column.publish(me, Instant.now());
    return done(AuditAction.PUBLISH, column, me, from, column.getLiveRevision());
  }

  @RolesAllowed(Role.Names.PUBLISHER)
  public EditorialColumn unpublish(long id, Long expectedVersion) {
    Account me = me();
    EditorialColumn column = load(id, expectedVersion, me);
    ColumnStatus from = column.getStatus();
    Integer wasLive = column.getLiveRevision();
    column.unpublish(me, Instant.now());
    return done(AuditAction.UNPUBLISH, column, me, from, wasLive);
  }

  /**
   * Sets or clears ({@code null}) when a live column comes down by itself. A scheduled column takes
   * its expiry with {@link #schedule} instead.
   */
  @RolesAllowed(Role.Names.PUBLISHER)
  public EditorialColumn expire(long id, Long expectedVersion, Instant unpublishAt) {
    Account me = me();
    EditorialColumn column = load(id, expectedVersion, me);
    ColumnStatus from = column.getStatus();
    column.expireAt(me, unpublishAt, Instant.now());
    columns.flush(column);
    changed.fire(
        ColumnChanged.of(
            AuditAction.SCHEDULE,
            column,
            me.getUsername(),
            from,
            column.getLiveRevision(),
            unpublishAt == null ? "expiry cleared" : "expires at " + column.getUnpublishAt()));
    return column;
  }

  /**
   * What the calendar shows between two instants: scheduled columns at their {@code publishAt} and
   * live ones at the time they went live, in time order; each kind at most {@value
   * #CALENDAR_LIMIT}. Only that range is read, through indexes.
   */
  @RolesAllowed(Role.Names.PUBLISHER)
  public List<CalendarEntry> calendar(Instant from, Instant to) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException(
          "The calendar's range must end after it starts (" + from + " to " + to + ")");
    }
    Map<Long, CalendarEntry> entries = new LinkedHashMap<>();
    for (String which :
        List.of(
            "c.status = dev.columndesk.domain.column.ColumnStatus.SCHEDULED"
                + " and c.publishAt >= :from and c.publishAt < :to order by c.publishAt, c.id",
            "c.liveRevision is not null and c.livePublishedAt >= :from"
                + " and c.livePublishedAt < :to order by c.livePublishedAt, c.id")) {
      em.createQuery(ENTRIES + which, CalendarEntry.class)
          .setParameter("from", from)
          .setParameter("to", to)
          .setMaxResults(CALENDAR_LIMIT)
          .getResultStream()
          .forEach(entry -> entries.putIfAbsent(entry.getId(), entry));
    }
    List<CalendarEntry> sorted = new ArrayList<>(entries.values());
    sorted.sort(Comparator.comparing(CalendarEntry::getAt));
    return sorted;
  }

  /** The approved column {@code id} as the calendar offers it, if it is approved. */
  @RolesAllowed(Role.Names.PUBLISHER)
  public Optional<CalendarEntry> awaiting(long id) {
    EditorialColumn column = em.find(EditorialColumn.class, id);
    return column == null || column.getStatus() != ColumnStatus.APPROVED
        ? Optional.empty()
        : Optional.of(CalendarEntry.of(column));
  }

  /** Approved columns that wait for a place on the calendar, longest waiting first. */
  @RolesAllowed(Role.Names.PUBLISHER)
  public List<CalendarEntry> awaitingSchedule(int limit) {
    return em.createQuery(
            ENTRIES
                + "c.status = dev.columndesk.domain.column.ColumnStatus.APPROVED"
                + " order by c.updatedAt, c.id",
            CalendarEntry.class)
        .setMaxResults(Math.max(1, Math.min(limit, CALENDAR_LIMIT)))
        .getResultList();
  }

  private EditorialColumn load(long id, Long expectedVersion, Account me) {
    EditorialColumn column = columns.forChange(id, me);
    Columns.expectVersion(column, expectedVersion);
    return column;
  }

  private EditorialColumn done(
      AuditAction action, EditorialColumn column, Account me, ColumnStatus from, Integer revision) {
    columns.flush(column);
    changed.fire(ColumnChanged.of(action, column, me.getUsername(), from, revision, null));
    return column;
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
