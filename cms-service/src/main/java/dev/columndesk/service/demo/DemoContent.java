package dev.columndesk.service.demo;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.support.Slugs;
import dev.columndesk.service.account.AccountSeeder;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.editorial.BodySanitizer;
import dev.columndesk.service.magazine.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, on a database with no column yet, publishes the demo columns of {@link
 * DemoColumns}: three magazines, Korean and English, each column written, reviewed by an editor who
 * is not its author and published by the publisher, over the past weeks, with the audit trail a
 * real desk would have left. Runs once: any column in the database means the desk is in use. {@code
 * CMS_DEMO_CONTENT=false} keeps a demo desk empty.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AccountSeeder"})
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AccountSeeder seeder;
  @Inject private Tags tags;
  @Inject private Event<ColumnChanged> changed;

  @Inject
  @ConfigProperty(name = "cms.demo.content", defaultValue = "true")
  private boolean wanted;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void write() {
    if (!seeder.isDemo() || !wanted) {
      return;
    }
    // The same lock as the account seeding: two instances starting together write it once.
    em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'seed' FOR UPDATE")
        .getResultList();
    Long existing =
        em.createQuery("select count(c) from EditorialColumn c", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    Map<String, Account> people = new HashMap<>();
    for (String username : List.of("writer", "writer2", "editor", "editor2", "publisher")) {
      List<Account> found =
          em.createNamedQuery(Account.BY_USERNAME, Account.class)
              .setParameter("username", username)
              .getResultList();
      if (found.isEmpty()) {
        return; // someone removed a demo account: leave the desk as it is
      }
      people.put(username, found.get(0));
    }
    Instant now = Instant.now();
    for (DemoColumns.Author author : DemoColumns.AUTHORS) {
      Account account = people.get(author.username());
      if (account.getPenName() == null && account.getBio() == null) {
        account.describeAuthor(author.penName(), author.bio());
      }
    }
    Map<String, Magazine> magazines = new HashMap<>();
    for (DemoColumns.DemoMagazine magazine : DemoColumns.MAGAZINES) {
      Magazine founded =
          Magazine.found(
              magazine.slug(),
              magazine.title(),
              magazine.description(),
              now.minus(Duration.ofDays(60)));
      em.persist(founded);
      magazines.put(magazine.slug(), founded);
    }
    for (DemoColumns.DemoColumn column : DemoColumns.COLUMNS) {
      Account author = people.get(column.author());
      Account editor = people.get("writer".equals(column.author()) ? "editor" : "editor2");
      publish(
          column, author, editor, people.get("publisher"), magazines.get(column.magazine()), now);
    }
    LOG.info(() -> "Demo mode: published " + DemoColumns.COLUMNS.size() + " demo columns");
  }

  private void publish(
      DemoColumns.DemoColumn demo,
      Account author,
      Account editor,
      Account publisher,
      Magazine magazine,
      Instant now) {
    Instant written = now.minus(Duration.ofDays(demo.daysAgo())).truncatedTo(ChronoUnit.MINUTES);
    ColumnContent content =
        new ColumnContent(
            demo.title(),
            demo.subtitle(),
            demo.summary(),
            BodySanitizer.sanitize(demo.body()),
            magazine,
            tags.resolve(Tags.normalize(demo.tags())));
    Revision first = EditorialColumn.start(author, Slugs.of(demo.title()), content, written);
    EditorialColumn column = first.getColumn();
    em.persist(column);
    em.persist(first);
    em.flush(); // the column's id, for the audit entries
    changed.fire(ColumnChanged.of(AuditAction.CREATE, column, author.getUsername(), null, 1, null));
    column.submit(author, written.plus(Duration.ofHours(1)));
    changed.fire(
        ColumnChanged.of(
            AuditAction.SUBMIT, column, author.getUsername(), ColumnStatus.DRAFT, 1, null));
    column.approve(editor, written.plus(Duration.ofHours(3)));
    changed.fire(
        ColumnChanged.of(
            AuditAction.APPROVE,
            column,
            editor.getUsername(),
            ColumnStatus.IN_REVIEW,
            1,
            demo.approval()));
    column.publish(publisher, written.plus(Duration.ofHours(5)));
    changed.fire(
        ColumnChanged.of(
            AuditAction.PUBLISH, column, publisher.getUsername(), ColumnStatus.APPROVED, 1, null));
  }
}
