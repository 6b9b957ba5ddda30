package dev.columndesk.service.publishing;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.audit.ColumnChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Publishes and unpublishes what has fallen due, exactly once even when several instances share the
 * database.
 *
 * <p>Each due column is claimed in a transaction of its own through its optimistic-lock version:
 * the update that releases it only matches the version this instance read, so when two instances
 * race for the same column the database lets exactly one update through, the other's flush fails
 * and it rolls back without a trace. The audit record is written in the winner's transaction. Work
 * that fell due while every instance was down is simply due at the next poll.
 */
@Stateless
@PermitAll // called by the clock, which runs without a caller; nothing outside the service calls it
public class DueWork {

  private static final Logger LOG = Logger.getLogger(DueWork.class.getName());

  /** At most this many columns per poll and kind, so one poll stays short. */
  private static final int BATCH = 100;

  /** How many claims run at once on one instance. */
  private static final int LANES = 4;

  @PersistenceContext private EntityManager em;
  @EJB private DueWork self;
  @Inject private Event<ColumnChanged> changed;
  @Inject private PublishingMetrics metrics;
  @Inject private Event<PublicationFailed> failed;
  @Resource private ManagedExecutorService executor;

  /** Raised when another instance claimed the column first; rolls back this claim only. */
  @ApplicationException(rollback = true)
  public static class LostClaim extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostClaim() {
      super("another instance claimed this column first", null, false, false);
    }
  }

  /**
   * Releases everything due at {@code now}.
   *
   * @return how many columns this instance published or unpublished
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runDue(Instant now) {
    return runDue(now, () -> false);
  }

  /**
   * Releases everything due at {@code now}, each column in a claim of its own, until {@code
   * stopping} says to stop: the claims under way finish (committed or rolled back), no new one
   * starts. What is left stays due for the next poll, on this instance or another.
   *
   * @return how many columns this instance published or unpublished
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runDue(Instant now, BooleanSupplier stopping) {
    int done = release(due(EditorialColumn.DUE_FOR_PUBLISHING, now), true, stopping);
    if (stopping.getAsBoolean()) {
      return done;
    }
    return done + release(due(EditorialColumn.DUE_FOR_UNPUBLISHING, now), false, stopping);
  }

  /**
   * Claims the given columns on up to {@link #LANES} threads at once. A claim spends most of its
   * time waiting for its commit, so a hundred columns due at one instant would otherwise go out one
   * commit after the other and the last of them seconds late. The lanes take the columns in a
   * shuffled order, so two instances polling at the same moment mostly start on different columns
   * instead of queueing behind each other's row locks.
   */
  private int release(List<Long> ids, boolean publish, BooleanSupplier stopping) {
    if (ids.size() < 2) {
      return ids.isEmpty() || stopping.getAsBoolean() ? 0 : claim(ids.get(0), publish);
    }
    List<Long> order = new ArrayList<>(ids);
    Collections.shuffle(order);
    ConcurrentLinkedQueue<Long> pending = new ConcurrentLinkedQueue<>(order);
    Callable<Integer> lane =
        () -> {
          int done = 0;
          for (Long id = pending.poll(); id != null; id = pending.poll()) {
            if (stopping.getAsBoolean()) {
              break;
            }
            done += claim(id, publish);
          }
          return done;
        };
    int done = 0;
    try {
      for (Future<Integer> finished :
          executor.invokeAll(Collections.nCopies(Math.min(LANES, order.size()), lane))) {
        done += finished.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RejectedExecutionException e) {
      // The container could not run the lanes: what they left goes out here, one by one.
      LOG.log(Level.WARNING, "Releasing due columns on this thread alone", e);
      try {
        done += lane.call();
      } catch (Exception unexpected) {
        throw new IllegalStateException(unexpected);
      }
    }
    return done;
  }

  /**
   * The earliest moment after {@code now} and no later than {@code horizon} at which a column falls
   * due for publishing or unpublishing, if there is one.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Instant> nextDue(Instant now, Instant horizon) {
    Optional<Instant> publish =
        first(
            "select c.publishAt from EditorialColumn c where c.status = :scheduled"
                + " and c.publishAt > :now and c.publishAt <= :horizon order by c.publishAt",
            now,
            horizon,
            true);
    Optional<Instant> unpublish =
        first(
            "select c.unpublishAt from EditorialColumn c where c.liveRevision is not null"
                + " and c.unpublishAt > :now and c.unpublishAt <= :horizon order by c.unpublishAt",
            now,
            horizon,
            false);
    return Stream.of(publish, unpublish).flatMap(Optional::stream).min(Instant::compareTo);
  }

  private Optional<Instant> first(String jpql, Instant now, Instant horizon, boolean scheduled) {
    TypedQuery<Instant> query =
        em.createQuery(jpql, Instant.class)
            .setParameter("now", now)
            .setParameter("horizon", horizon)
            .setMaxResults(1);
    if (scheduled) {
      query.setParameter("scheduled", ColumnStatus.SCHEDULED);
    }
    return query.getResultList().stream().findFirst();
  }

  /** How many scheduled columns are due at {@code now} and how many are not yet due. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Queue queue(Instant now) {
    return new Queue(
        count(
            "select count(c) from EditorialColumn c where c.status = :scheduled"
                + " and c.publishAt <= :now",
            now),
        count(
            "select count(c) from EditorialColumn c where c.status = :scheduled"
                + " and c.publishAt > :now",
            now));
  }

  /**
   * The publication queue at one moment.
   *
   * @param due scheduled columns whose time has come
   * @param waiting scheduled columns whose time is still ahead
   */
  public record Queue(long due, long waiting) {}

  private long count(String jpql, Instant now) {
    return em.createQuery(jpql, Long.class)
        .setParameter("scheduled", ColumnStatus.SCHEDULED)
        .setParameter("now", now)
        .getSingleResult();
  }

  private List<Long> due(String query, Instant now) {
    return em.createNamedQuery(query, Long.class)
        .setParameter("now", now)
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Claims one column, with the time of the claim itself, so lateness is measured honestly. */
  private int claim(Long id, boolean publish) {
    Instant now = Instant.now();
    try {
      return (publish ? self.publishDue(id, now) : self.unpublishDue(id, now)) ? 1 : 0;
    } catch (LostClaim lost) {
      return 0;
    } catch (RuntimeException e) {
      // Say a lock wait timed out behind another instance's claim: that column is left to the
      // next poll, and the rest of this batch still goes out now.
      LOG.log(Level.WARNING, "Could not release column " + id + "; the next poll retries", e);
      failed.fire(new PublicationFailed(id, publish, String.valueOf(e.getMessage())));
      return 0;
    }
  }

  /** Publishes one column if it is still due; {@code false} when it no longer is. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean publishDue(long id, Instant now) {
    EditorialColumn column = em.find(EditorialColumn.class, id);
    if (column == null || !column.isDueForPublishing(now)) {
      return false;
    }
    ColumnStatus from = column.getStatus();
    Instant due = column.publishAsScheduled(now);
    flush(); // this instance won the claim
    metrics.released(true, Duration.between(due, now));
    announce(AuditAction.PUBLISH, column, from, column.getLiveRevision(), due);
    LOG.info(
        () ->
            "Published column "
                + id
                + " due "
                + due
                + ", "
                + Duration.between(due, column.getUpdatedAt()).toMillis()
                + " ms after its time");
    return true;
  }

  /** Unpublishes one column if its expiry is still due; {@code false} when it no longer is. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean unpublishDue(long id, Instant now) {
    EditorialColumn column = em.find(EditorialColumn.class, id);
    if (column == null || !column.isDueForUnpublishing(now)) {
      return false;
    }
    ColumnStatus from = column.getStatus();
    Integer wasLive = column.getLiveRevision();
    Instant due = column.unpublishAsScheduled(now);
    flush();
    metrics.released(false, Duration.between(due, now));
    announce(AuditAction.UNPUBLISH, column, from, wasLive, due);
    return true;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new LostClaim();
    }
  }

  private void announce(
      AuditAction action,
      EditorialColumn column,
      ColumnStatus from,
      Integer revision,
      Instant due) {
    changed.fire(
        new ColumnChanged(
            action,
            column.getId(),
            column.getSlug(),
            AuditEvent.SCHEDULER,
            from,
            column.getStatus(),
            revision,
            null,
            column.getUpdatedAt(),
            due));
  }
}
