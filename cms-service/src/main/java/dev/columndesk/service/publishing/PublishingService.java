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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;

/**
 * The publisher's actions: schedule, unschedule, publish now, unpublish. What goes live is always
 * the approved revision. Scheduled times are kept on the column; {@link PublishingClock} releases
 * them.
 */
@Stateless
@Interceptors(DomainRules.class)
public class PublishingService {

  @Inject private Columns columns;
  @Inject private AccountRepository accounts;
  @Inject private Event<ColumnChanged> changed;
  @Resource private SessionContext context;

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
