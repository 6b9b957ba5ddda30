package dev.columndesk.service.search;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps what this instance shows readers in step with the database: its search index and, through
 * {@link SiteChanged}, its caches of rendered pages.
 *
 * <p>At start-up the index is built from every live column. From then on the audit log is the
 * publication log: every publication, correction and take-down, by a person or the scheduler and on
 * any instance, is a {@code PUBLISH} or {@code UNPUBLISH} entry committed with the change. Every
 * second each instance reads the entries of the last minute, and refreshes each column it has not
 * yet refreshed for that entry from the database. Reading a window rather than "after the last id"
 * is deliberate: ids are handed out before commit, so a later id can become visible before an
 * earlier one. Refreshing is idempotent (it reads the column's state now), so an entry seen twice,
 * or a refresh racing the start-up build, settles on the truth within a second.
 *
 * <p>This instance's own publications do not wait for the poll: {@link PublicationListener} hands
 * each one, once committed, to a worker thread of this bean, which refreshes them in the order they
 * were made. The worker also builds the index at start-up, and again if that failed.
 *
 * <p>Instances' clocks may differ by less than the overlap ({@value #OVERLAP_SECONDS} s).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoContent"}) // the demo columns are in the first index
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationWatch {

  static final long OVERLAP_SECONDS = 60;
  private static final Duration OVERLAP = Duration.ofSeconds(OVERLAP_SECONDS);
  private static final int BATCH = 200;

  /** How long the worker gathers further publications after the first, before refreshing. */
  private static final long GATHER_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(PublicationWatch.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private PublicColumns columns;
  @Inject private SiteSearch search;
  @Inject private Event<SiteChanged> siteChanged;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threads;

  private final AtomicBoolean polling = new AtomicBoolean();
  private final BlockingQueue<Long> published = new LinkedBlockingQueue<>();
  private volatile boolean running = true;
  private Thread worker;

  /** Entries already applied, by id, with their time, forgotten once older than the window. */
  private final Map<Long, Instant> applied = new ConcurrentHashMap<>();

  private volatile Instant readFrom;

  @PostConstruct
  void start() {
    worker = threads.newThread(this::work);
    worker.setName("publication-watch");
    worker.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    worker.interrupt();
  }

  /** A publication, correction or take-down this instance committed: refreshed at once. */
  public void committed(long columnId) {
    published.add(columnId);
  }

  /** Applies what the publication log holds that this instance has not yet applied. */
  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "publication watch")
  public void poll() {
    if (!search.isReady() || !polling.compareAndSet(false, true)) {
      return; // the index is still being built, or the previous poll is still at work
    }
    try {
      Instant startedAt = Instant.now();
      List<Object[]> entries =
          em.createQuery(
                  "select e.id, e.columnId, e.at from AuditEvent e"
                      + " where e.action in :actions and e.at >= :from",
                  Object[].class)
              .setParameter("actions", List.of(AuditAction.PUBLISH, AuditAction.UNPUBLISH))
              .setParameter("from", readFrom)
              .getResultList();
      Set<Long> changed = new LinkedHashSet<>();
      for (Object[] entry : entries) {
        if (applied.putIfAbsent((Long) entry[0], (Instant) entry[2]) == null) {
          changed.add((Long) entry[1]);
        }
      }
      refresh(changed);
      readFrom = startedAt.minus(OVERLAP);
      applied.values().removeIf(at -> at.isBefore(readFrom));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the publication log failed; retrying in a second", e);
    } finally {
      polling.set(false);
    }
  }

  /**
   * Brings the index and the page caches in line with the columns as the database holds them now:
   * one index refresh and one cache flush for the lot, so that a hundred columns falling due in the
   * same second cost little more than one.
   *
   * @param columnIds the columns that were published, corrected or taken down
   */
  void refresh(Collection<Long> columnIds) {
    if (columnIds.isEmpty()) {
      return;
    }
    List<PublicColumn> live = columns.liveAmong(columnIds);
    Set<Long> gone = new LinkedHashSet<>(columnIds);
    live.forEach(column -> gone.remove(column.id()));
    search.update(live, gone);
    siteChanged.fire(
        columnIds.size() == 1
            ? new SiteChanged(columnIds.iterator().next())
            : SiteChanged.anywhere());
  }

  /**
   * The worker: builds the index until that succeeds, then refreshes what this instance commits.
   */
  private void work() {
    while (running) {
      try {
        if (!search.isReady()) {
          rebuild();
          continue;
        }
        Long columnId = published.poll(1, TimeUnit.SECONDS);
        if (columnId != null) {
          Set<Long> batch = new LinkedHashSet<>(List.of(columnId));
          List<Long> more = new ArrayList<>();
          // A burst of due columns commits one after the other: gather it into one batch.
          TimeUnit.MILLISECONDS.sleep(GATHER_MILLIS);
          published.drainTo(more);
          batch.addAll(more);
          refresh(batch);
        }
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The poll brings the column in within a second anyway.
        LOG.log(Level.WARNING, "Refreshing a publication failed; the log will bring it in", e);
      }
    }
  }

  /** Fills the index from every live column; the log is then read from just before it began. */
  private void rebuild() throws InterruptedException {
    try {
      Instant startedAt = Instant.now();
      search.startRebuild();
      long after = 0;
      List<PublicColumn> batch;
      do {
        batch = columns.liveAfter(after, BATCH);
        search.putAll(batch);
        if (!batch.isEmpty()) {
          after = batch.get(batch.size() - 1).id();
        }
      } while (batch.size() == BATCH);
      readFrom = startedAt.minus(OVERLAP);
      search.rebuilt();
      siteChanged.fire(SiteChanged.anywhere());
      LOG.info(() -> "Search index built: " + search.size() + " live columns");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Building the search index failed; retrying in a second", e);
      TimeUnit.SECONDS.sleep(1);
    }
  }
}
