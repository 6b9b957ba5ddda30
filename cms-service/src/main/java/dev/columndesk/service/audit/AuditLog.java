package dev.columndesk.service.audit;

import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log: records every {@link ColumnChanged} in the transaction of the change itself (so a
 * change and its record commit or roll back together), and lets editors and administrators read it.
 */
@Stateless
public class AuditLog {

  /**
   * How far the log's lists count: a {@code total} of one more means "more than this many". The log
   * grows by every step of every column (870,000 events beside 100,000 columns, bench/scale.sh),
   * and counting all of them for each page took a few hundred milliseconds; nobody pages that far,
   * they narrow by column, person, action or time.
   */
  public static final int COUNTED = 10_000;

  @PersistenceContext private EntityManager em;

  /** Observes synchronously, inside the caller's transaction. */
  public void record(@Observes ColumnChanged change) {
    em.persist(
        AuditEvent.record(
            change.at() == null ? Instant.now() : change.at(),
            change.actor(),
            change.action(),
            change.columnId(),
            change.from(),
            change.to(),
            change.revision(),
            change.comment(),
            change.dueAt()));
  }

  /**
   * Events oldest first, narrowed by whatever filter is given.
   *
   * @param filter which events; {@code null} fields do not narrow
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Page<AuditEvent> read(AuditFilter filter, PageRequest request) {
    return read(filter, request, " order by e.at, e.id");
  }

  /**
   * Events newest first, narrowed by whatever filter is given: the desk's view of the log.
   *
   * @param filter which events; {@code null} fields do not narrow
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Page<AuditEvent> readNewestFirst(AuditFilter filter, PageRequest request) {
    return read(filter, request, " order by e.at desc, e.id desc");
  }

  private Page<AuditEvent> read(AuditFilter filter, PageRequest request, String order) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.columnId() != null) {
      where.append(" and e.columnId = :column");
      parameters.put("column", filter.columnId());
    }
    if (filter.actor() != null) {
      where.append(" and e.actor = :actor");
      parameters.put("actor", filter.actor());
    }
    if (filter.action() != null) {
      where.append(" and e.action = :action");
      parameters.put("action", filter.action());
    }
    if (filter.since() != null) {
      where.append(" and e.at >= :since");
      parameters.put("since", filter.since());
    }
    if (filter.until() != null) {
      where.append(" and e.at < :until");
      parameters.put("until", filter.until());
    }
    TypedQuery<Long> ids = em.createQuery("select e.id from AuditEvent e" + where, Long.class);
    TypedQuery<AuditEvent> items =
        em.createQuery("select e from AuditEvent e" + where + order, AuditEvent.class);
    parameters.forEach(
        (name, value) -> {
          ids.setParameter(name, value);
          items.setParameter(name, value);
        });
    List<AuditEvent> page =
        items.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();
    return Page.of(page, ids.setMaxResults(COUNTED + 1).getResultList().size(), request);
  }

  /**
   * Which audit events to read.
   *
   * @param columnId one column's events
   * @param actor one person's (or {@code scheduler}'s)
   * @param action one kind
   * @param since at or after this instant
   * @param until before this instant
   */
  public record AuditFilter(
      Long columnId, String actor, AuditAction action, Instant since, Instant until) {}
}
