package dev.columndesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.column.RevisionKind;
import dev.columndesk.service.account.PasswordHasher;
import dev.columndesk.service.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Builds columns for the in-container tests straight from the domain and the entity manager: the
 * services check the caller's roles, and in-container tests run without a caller. Every fixture
 * gets fresh accounts and a unique slug, so tests neither depend on each other nor on their order.
 */
@ApplicationScoped
public class ColumnFixtures {

  /** How often the polling helpers look again. */
  private static final Duration POLL = Duration.ofMillis(25);

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;

  @Resource private UserTransaction transaction;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threads;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  /** One PBKDF2 hash for every fixture account: nobody signs in with them, and hashing is slow. */
  private volatile String passwordHash;

  /** The people a column needs on its way to readers: an author, a reviewer, a publisher. */
  public record Cast(Account writer, Account editor, Account publisher) {}

  /** Work inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(EntityManager em) throws Exception;
  }

  /** A change to a stored column, with the cast attached to the same transaction. */
  @FunctionalInterface
  public interface ColumnWork {
    void run(EditorialColumn column, Cast cast, EntityManager em) throws Exception;
  }

  /** What one racing caller ended with: a result, or what it threw. */
  public record Outcome<T>(T result, Throwable failure) {}

  public EntityManager em() {
    return em;
  }

  public UserTransaction transaction() {
    return transaction;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** {@code prefix} plus eight random characters: unique across test runs on the same database. */
  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Now, kept to the microsecond as the database keeps instants. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  // --- transactions ------------------------------------------------------------------------------

  /** Runs {@code work} in a transaction of its own and commits; rolls back when it throws. */
  public <T> T inTransaction(Work<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.run(em);
      transaction.commit();
      return result;
    } catch (Exception | Error e) {
      rollbackQuietly();
      throw e;
    }
  }

  /** Rolls back the current transaction, if there still is one. */
  public void rollbackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception ignored) {
      // the transaction is gone either way
    }
  }

  // --- accounts and columns ----------------------------------------------------------------------

  /** Three fresh accounts: a writer, an editor who is not the author, a publisher. */
  public Cast cast(String prefix) throws Exception {
    String hash = passwordHash();
    return inTransaction(
        em -> {
          Account writer = open(em, prefix + "-w.", Role.WRITER, hash);
          Account editor = open(em, prefix + "-e.", Role.EDITOR, hash);
          Account publisher = open(em, prefix + "-p.", Role.PUBLISHER, hash);
          return new Cast(writer, editor, publisher);
        });
  }

  private static Account open(EntityManager em, String prefix, Role role, String hash) {
    Account account =
        Account.open(unique(prefix), "Fixture " + role, hash, EnumSet.of(role), Instant.now());
    em.persist(account);
    return account;
  }

  private String passwordHash() {
    String hash = passwordHash;
    if (hash == null) {
      hash = hasher.hash("fixture-password-1");
      passwordHash = hash;
    }
    return hash;
  }

  /** The same people, attached to the current transaction. */
  public Cast attached(Cast cast) {
    return new Cast(
        em.find(Account.class, cast.writer().getId()),
        em.find(Account.class, cast.editor().getId()),
        em.find(Account.class, cast.publisher().getId()));
  }

  public static ColumnContent content(String title, String body) {
    return new ColumnContent(title, null, null, body, null, List.of());
  }

  /** A new DRAFT column by the cast's writer, with its first revision; returns its id. */
  public long draft(Cast cast, String slugPrefix, String title, String body) throws Exception {
    return inTransaction(
        em -> {
          Account writer = em.find(Account.class, cast.writer().getId());
          Revision first =
              EditorialColumn.start(writer, unique(slugPrefix), content(title, body), now());
          em.persist(first.getColumn());
          em.persist(first);
          em.flush();
          return first.getColumn().getId();
        });
  }

  /** A new column, submitted by its writer and approved by the cast's editor. */
  public long approved(Cast cast, String slugPrefix, String title, String body) throws Exception {
    long id = draft(cast, slugPrefix, title, body);
    change(id, cast, ColumnFixtures::submitAndApprove);
    return id;
  }

  /** A new approved column, scheduled by the cast's publisher. */
  public long scheduled(
      Cast cast,
      String slugPrefix,
      Instant publishAt,
      Instant unpublishAt,
      String title,
      String body)
      throws Exception {
    long id = draft(cast, slugPrefix, title, body);
    change(
        id,
        cast,
        (column, people, em) -> {
          submitAndApprove(column, people, em);
          column.schedule(people.publisher(), publishAt, unpublishAt, now());
        });
    return id;
  }

  /** Submits the column as its writer and approves it as the cast's editor. */
  public static void submitAndApprove(EditorialColumn column, Cast cast, EntityManager em) {
    column.submit(cast.writer(), now());
    column.approve(cast.editor(), now());
  }

  /** The writer saves new content: a new revision, stored with the column. */
  public static Revision edit(EditorialColumn column, Cast cast, EntityManager em, String title) {
    Revision revision =
        column.edit(
            cast.writer(),
            content(title, column.getBody() + "<p>" + title + "</p>"),
            RevisionKind.EDIT,
            now());
    em.persist(revision);
    return revision;
  }

  /** Changes a stored column in a transaction of its own. */
  public void change(long id, Cast cast, ColumnWork work) throws Exception {
    inTransaction(
        em -> {
          EditorialColumn column = em.find(EditorialColumn.class, id);
          work.run(column, attached(cast), em);
          return null;
        });
  }

  /**
   * Moves the column's scheduled times in the database itself, as if they had been reached while
   * the desk was not looking; {@code null} leaves a time as it is.
   */
  public void moveSchedule(long id, Instant publishAt, Instant unpublishAt) throws Exception {
    inTransaction(
        em -> {
          if (publishAt != null) {
            update(em, "publish_at", id, publishAt);
          }
          if (unpublishAt != null) {
            update(em, "unpublish_at", id, unpublishAt);
          }
          return null;
        });
  }

  private static void update(EntityManager em, String column, long id, Instant at) {
    int rows =
        em.createNativeQuery("UPDATE editorial_column SET " + column + " = ? WHERE id = ?")
            .setParameter(1, at.atOffset(ZoneOffset.UTC))
            .setParameter(2, id)
            .executeUpdate();
    assertEquals(1, rows, "column " + id + " was moved");
  }

  // --- reading -----------------------------------------------------------------------------------

  /** The column as stored now, read without a transaction. */
  public EditorialColumn column(long id) {
    EditorialColumn column = em.find(EditorialColumn.class, id);
    em.clear();
    return Objects.requireNonNull(column, () -> "column " + id);
  }

  public Revision revision(long columnId, int number) {
    EditorialColumn column = em.find(EditorialColumn.class, columnId);
    return em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
        .setParameter("column", column)
        .setParameter("number", number)
        .getSingleResult();
  }

  /** The column's audit events, oldest first. */
  public List<AuditEvent> events(long columnId) {
    return em.createQuery(
            "select e from AuditEvent e where e.columnId = :column order by e.at, e.id",
            AuditEvent.class)
        .setParameter("column", columnId)
        .getResultList();
  }

  /** The column's audit events of one kind, oldest first. */
  public List<AuditEvent> events(long columnId, AuditAction action) {
    return events(columnId).stream().filter(event -> event.getAction() == action).toList();
  }

  // --- waiting and racing ------------------------------------------------------------------------

  /** Looks at the column until it matches, failing when {@code deadline} passes first. */
  public EditorialColumn awaitColumn(
      long id, Predicate<EditorialColumn> until, Instant deadline, String what)
      throws InterruptedException {
    return await(() -> column(id), until, deadline, what);
  }

  /** Reads until the value matches, failing when {@code deadline} passes first. */
  public static <T> T await(Supplier<T> read, Predicate<T> until, Instant deadline, String what)
      throws InterruptedException {
    while (true) {
      T value = read.get();
      if (until.test(value)) {
        return value;
      }
      if (Instant.now().isAfter(deadline)) {
        return fail("Not " + what + " by " + deadline + "; last seen: " + value);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /**
   * Runs {@code task} on {@code callers} container threads at the same moment: every thread waits
   * at a gate until all of them are ready, then all go at once.
   */
  public <T> List<Outcome<T>> race(int callers, Callable<T> task) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(callers);
    CountDownLatch go = new CountDownLatch(1);
    List<Outcome<T>> outcomes = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Thread thread =
          threads.newThread(
              () -> {
                ready.countDown();
                Outcome<T> outcome;
                try {
                  go.await();
                  outcome = new Outcome<>(task.call(), null);
                } catch (Throwable failure) {
                  outcome = new Outcome<>(null, failure);
                }
                synchronized (outcomes) {
                  outcomes.add(outcome);
                }
              });
      running.add(thread);
      thread.start();
    }
    assertTrue(ready.await(30, TimeUnit.SECONDS), "every caller reached the gate");
    go.countDown();
    for (Thread thread : running) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
      assertFalse(thread.isAlive(), "a racing caller finished within a minute");
    }
    synchronized (outcomes) {
      return List.copyOf(outcomes);
    }
  }
}
