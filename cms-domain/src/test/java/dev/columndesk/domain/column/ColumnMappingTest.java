package dev.columndesk.domain.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.review.Review;
import dev.columndesk.domain.review.ReviewComment;
import dev.columndesk.domain.review.ReviewOutcome;
import dev.columndesk.domain.support.MigratedDatabase;
import dev.columndesk.domain.support.SeoulTimeZone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Columns, revisions, reviews, comments and audit events against the schema the migrations make:
 * Flyway runs the real {@code db/migration} scripts on H2, and EclipseLink loads the real
 * persistence unit on top of them.
 */
@ExtendWith(SeoulTimeZone.class)
class ColumnMappingTest {

  /** Microseconds on purpose: the database keeps that much and no more. */
  private static final Instant T0 = Instant.parse("2026-11-27T23:59:59.123456Z");

  private MigratedDatabase database;
  private EntityManager em;

  private Account writer;
  private Account editor;
  private Magazine magazine;
  private List<Tag> tags;

  @BeforeEach
  void migrateAndOpen() {
    database = MigratedDatabase.open();
    em = database.em();

    writer = Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), T0);
    editor = Account.open("editor", "김편집", "hash", EnumSet.of(Role.EDITOR), T0);
    magazine = Magazine.found("월요-칼럼", "월요 칼럼", "매주 월요일의 칼럼", T0);
    tags = List.of(Tag.named("칼럼/에세이"), Tag.named("경제"), Tag.named("AI 윤리"));
    inTransaction(
        em -> {
          em.persist(writer);
          em.persist(editor);
          em.persist(magazine);
          tags.forEach(em::persist);
        });
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aNewColumnAndItsFirstRevisionAreStoredWhole() {
    ColumnContent content =
        new ColumnContent(
            "메타, 오픈AI에 도전장",
            "빅테크의 새 전선",
            "요약: 메타가 🙂 오픈AI와 맞선다",
            "<p>한국어 본문과 emoji 🙂</p>",
            magazine,
            List.of(tags.get(2), tags.get(0), tags.get(1)));
    Revision first = EditorialColumn.start(writer, "메타-오픈ai에-도전장", content, T0);
    inTransaction(
        em -> {
          em.persist(first.getColumn());
          em.persist(first);
        });
    Long columnId = first.getColumn().getId();
    em.clear();

    EditorialColumn loaded = em.find(EditorialColumn.class, columnId);

    assertNotNull(loaded);
    assertEquals("메타-오픈ai에-도전장", loaded.getSlug());
    assertEquals("메타, 오픈AI에 도전장", loaded.getTitle());
    assertEquals("빅테크의 새 전선", loaded.getSubtitle());
    assertEquals("요약: 메타가 🙂 오픈AI와 맞선다", loaded.getSummary());
    assertEquals("<p>한국어 본문과 emoji 🙂</p>", loaded.getBody());
    assertEquals(ColumnStatus.DRAFT, loaded.getStatus());
    assertEquals(writer, loaded.getAuthor());
    assertEquals(writer, loaded.getUpdatedBy());
    assertEquals(magazine, loaded.getMagazine());
    assertEquals("월요 칼럼", loaded.getMagazine().getTitle());
    assertEquals(List.of("AI 윤리", "칼럼/에세이", "경제"), loaded.getTagNames());
    assertEquals(1, loaded.getRevision());
    assertNull(loaded.getApprovedRevision());
    assertNull(loaded.getLiveRevision());
    assertEquals(T0, loaded.getCreatedAt());
    assertEquals(T0, loaded.getUpdatedAt());
    assertTrue(loaded.holds(content));

    Revision revision =
        em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
            .setParameter("column", loaded)
            .setParameter("number", 1)
            .getSingleResult();
    assertEquals(RevisionKind.CREATE, revision.getKind());
    assertEquals("메타, 오픈AI에 도전장", revision.getTitle());
    assertEquals("<p>한국어 본문과 emoji 🙂</p>", revision.getBody());
    assertEquals(List.of("AI 윤리", "칼럼/에세이", "경제"), revision.getTags());
    assertEquals(magazine, revision.getMagazine());
    assertEquals(writer, revision.getCreatedBy());
    assertEquals(T0, revision.getCreatedAt());
    assertNull(revision.getRestoredFrom());
  }

  @Test
  void anEditStoresTheNextRevisionAndTheNewTagOrder() {
    Revision first =
        EditorialColumn.start(
            writer, "s", new ColumnContent("첫 원고", null, null, "<p>1</p>", null, tags), T0);
    inTransaction(
        em -> {
          em.persist(first.getColumn());
          em.persist(first);
        });
    EditorialColumn column = first.getColumn();
    Instant later = T0.plusSeconds(3600).plusNanos(654_321_000);
    List<Tag> reordered = List.of(tags.get(1), tags.get(0));

    inTransaction(
        em -> {
          EditorialColumn managed = em.find(EditorialColumn.class, column.getId());
          Revision second =
              managed.edit(
                  editor,
                  new ColumnContent("둘째 원고", "부제", null, "<p>2</p>", magazine, reordered),
                  RevisionKind.EDIT,
                  later);
          em.persist(second);
        });
    em.clear();

    EditorialColumn loaded = em.find(EditorialColumn.class, column.getId());
    assertEquals("둘째 원고", loaded.getTitle());
    assertEquals(2, loaded.getRevision());
    assertEquals(List.of("경제", "칼럼/에세이"), loaded.getTagNames());
    assertEquals(magazine, loaded.getMagazine());
    assertEquals(editor, loaded.getUpdatedBy());
    assertEquals(later, loaded.getUpdatedAt());

    List<Revision> revisions =
        em.createNamedQuery(Revision.OF_COLUMN, Revision.class)
            .setParameter("column", loaded)
            .getResultList();
    assertEquals(List.of(2, 1), revisions.stream().map(Revision::getNumber).toList());
    assertEquals(RevisionKind.EDIT, revisions.get(0).getKind());
    assertEquals(List.of("경제", "칼럼/에세이"), revisions.get(0).getTags());
    assertEquals(later, revisions.get(0).getCreatedAt());
    assertEquals(editor, revisions.get(0).getCreatedBy());
    assertEquals(List.of("칼럼/에세이", "경제", "AI 윤리"), revisions.get(1).getTags());
    assertEquals(
        2L,
        em.createNamedQuery(Revision.COUNT_OF_COLUMN, Long.class)
            .setParameter("column", loaded)
            .getSingleResult());
  }

  @Test
  void anEditThatKeepsTheTagsStoresTheNextRevision() {
    assertTagsSurviveAnEdit(List.of(0, 1, 2), List.of(0, 1, 2));
  }

  @Test
  void anEditThatAddsATagAtTheEndKeepsTheOrder() {
    assertTagsSurviveAnEdit(List.of(0, 1), List.of(0, 1, 2));
  }

  @Test
  void anEditThatRemovesTheLastTagKeepsTheOthers() {
    assertTagsSurviveAnEdit(List.of(0, 1, 2), List.of(0, 1));
  }

  @Test
  void anEditThatRemovesTheFirstTagKeepsTheOthersInOrder() {
    assertTagsSurviveAnEdit(List.of(0, 1, 2), List.of(1, 2));
  }

  @Test
  void anEditThatInsertsATagAtTheFrontKeepsTheOrder() {
    assertTagsSurviveAnEdit(List.of(0, 1), List.of(2, 0, 1));
  }

  @Test
  void anEditThatSwapsTwoTagsKeepsTheNewOrder() {
    assertTagsSurviveAnEdit(List.of(0, 1), List.of(1, 0));
  }

  @Test
  void anEditThatRemovesEveryTagLeavesNone() {
    assertTagsSurviveAnEdit(List.of(0, 1, 2), List.of());
  }

  /**
   * Starts a column with the tags at {@code before} (indexes into {@link #tags}), edits it to the
   * tags at {@code after} in a second transaction, and reads both back.
   */
  private void assertTagsSurviveAnEdit(List<Integer> before, List<Integer> after) {
    List<Tag> first = before.stream().map(tags::get).toList();
    List<Tag> second = after.stream().map(tags::get).toList();
    Revision start =
        EditorialColumn.start(
            writer, "s", new ColumnContent("v1", null, null, "<p>1</p>", null, first), T0);
    inTransaction(
        em -> {
          em.persist(start.getColumn());
          em.persist(start);
        });
    Long id = start.getColumn().getId();

    inTransaction(
        em ->
            em.persist(
                em.find(EditorialColumn.class, id)
                    .edit(
                        writer,
                        new ColumnContent("v2", null, null, "<p>2</p>", null, second),
                        RevisionKind.EDIT,
                        T0.plusSeconds(60))));
    em.clear();

    EditorialColumn loaded = em.find(EditorialColumn.class, id);
    List<String> expected = second.stream().map(Tag::getName).toList();
    assertEquals(expected, loaded.getTagNames());
    assertEquals(2, loaded.getRevision());
    Revision latest =
        em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
            .setParameter("column", loaded)
            .setParameter("number", 2)
            .getSingleResult();
    assertEquals(expected, latest.getTags());
  }

  @Test
  void aRevisionWithoutTagsReadsBackAsAnEmptyList() {
    Revision first =
        EditorialColumn.start(
            writer, "s", new ColumnContent("태그 없음", null, null, "", null, null), T0);
    inTransaction(
        em -> {
          em.persist(first.getColumn());
          em.persist(first);
        });
    em.clear();

    Revision loaded = em.find(Revision.class, first.getId());

    assertEquals(List.of(), loaded.getTags());
    assertEquals("", loaded.getBody());
  }

  @Test
  void workflowStateIsStoredToTheMicrosecond() {
    Revision first =
        EditorialColumn.start(
            writer, "s", new ColumnContent("제목", null, null, "<p>b</p>", null, null), T0);
    EditorialColumn column = first.getColumn();
    Account publisher = Account.open("publisher", "박발행", "hash", EnumSet.of(Role.PUBLISHER), T0);
    Instant publishAt = T0.plusSeconds(86_400).plusNanos(1_000);
    Instant unpublishAt = publishAt.plusSeconds(86_400);
    column.submit(writer, T0.plusSeconds(1));
    column.approve(editor, T0.plusSeconds(2));
    column.schedule(publisher, publishAt, unpublishAt, T0.plusSeconds(3));
    column.publishAsScheduled(publishAt);
    inTransaction(
        em -> {
          em.persist(publisher);
          em.persist(column);
          em.persist(first);
        });
    em.clear();

    EditorialColumn loaded = em.find(EditorialColumn.class, column.getId());

    assertEquals(ColumnStatus.PUBLISHED, loaded.getStatus());
    assertEquals(1, loaded.getApprovedRevision());
    assertEquals(1, loaded.getLiveRevision());
    assertEquals(publishAt, loaded.getLivePublishedAt());
    assertEquals(publishAt, loaded.getFirstPublishedAt());
    assertEquals(unpublishAt, loaded.getUnpublishAt());
    assertNull(loaded.getPublishAt());
    assertNull(loaded.getUpdatedBy());
    assertEquals(
        List.of(loaded.getId()),
        em.createNamedQuery(EditorialColumn.DUE_FOR_UNPUBLISHING, Long.class)
            .setParameter("now", unpublishAt)
            .getResultList());
  }

  @Test
  void namedQueriesFindColumnsBySlugAndDueTime() {
    Revision first =
        EditorialColumn.start(
            writer, "메타-2", new ColumnContent("제목", null, null, "<p>b</p>", null, null), T0);
    EditorialColumn column = first.getColumn();
    Account publisher = Account.open("publisher", "박발행", "hash", EnumSet.of(Role.PUBLISHER), T0);
    Instant publishAt = T0.plusSeconds(600);
    column.submit(writer, T0.plusSeconds(1));
    column.approve(editor, T0.plusSeconds(2));
    column.schedule(publisher, publishAt, null, T0.plusSeconds(3));
    inTransaction(
        em -> {
          em.persist(publisher);
          em.persist(column);
          em.persist(first);
        });
    em.clear();

    assertEquals(
        column.getId(),
        em.createNamedQuery(EditorialColumn.BY_SLUG, EditorialColumn.class)
            .setParameter("slug", "메타-2")
            .getSingleResult()
            .getId());
    assertEquals(
        List.of("메타-2"),
        em.createNamedQuery(EditorialColumn.SLUGS_LIKE, String.class)
            .setParameter("base", "메타")
            .setParameter("prefix", "메타-%")
            .getResultList());
    assertEquals(
        List.of(),
        em.createNamedQuery(EditorialColumn.DUE_FOR_PUBLISHING, Long.class)
            .setParameter("now", publishAt.minusNanos(1_000))
            .getResultList());
    assertEquals(
        List.of(column.getId()),
        em.createNamedQuery(EditorialColumn.DUE_FOR_PUBLISHING, Long.class)
            .setParameter("now", publishAt)
            .getResultList());
  }

  @Test
  void reviewAndCommentAreStoredWhole() {
    Revision first =
        EditorialColumn.start(
            writer, "s", new ColumnContent("제목", null, null, "<p>b</p>", null, null), T0);
    EditorialColumn column = first.getColumn();
    column.submit(writer, T0.plusSeconds(1));
    Review review = Review.open(column, writer, T0.plusSeconds(1));
    inTransaction(
        em -> {
          em.persist(column);
          em.persist(first);
          em.persist(review);
        });
    ReviewComment comment =
        ReviewComment.write(
            column, review, null, editor, "둘째 문단을 줄여 주세요 🙏", "둘째 문단", T0.plusSeconds(2));
    inTransaction(em -> em.persist(comment));
    ReviewComment reply =
        ReviewComment.write(column, review, comment, writer, "네, 줄였습니다.", null, T0.plusSeconds(3));
    inTransaction(
        em -> {
          em.persist(reply);
          Review managed = em.find(Review.class, review.getId());
          managed.close(ReviewOutcome.CHANGES_REQUESTED, editor, T0.plusSeconds(4));
        });
    em.clear();

    EditorialColumn loadedColumn = em.find(EditorialColumn.class, column.getId());
    Review loadedReview = em.find(Review.class, review.getId());
    assertEquals(ReviewOutcome.CHANGES_REQUESTED, loadedReview.getOutcome());
    assertEquals(1, loadedReview.getRevision());
    assertEquals(writer, loadedReview.getSubmittedBy());
    assertEquals(T0.plusSeconds(1), loadedReview.getSubmittedAt());
    assertEquals(editor, loadedReview.getDecidedBy());
    assertEquals(T0.plusSeconds(4), loadedReview.getDecidedAt());
    assertEquals(loadedColumn, loadedReview.getColumn());
    assertTrue(
        em.createNamedQuery(Review.PENDING_OF_COLUMN, Review.class)
            .setParameter("column", loadedColumn)
            .getResultList()
            .isEmpty());

    List<ReviewComment> comments =
        em.createNamedQuery(ReviewComment.OF_COLUMN, ReviewComment.class)
            .setParameter("column", loadedColumn)
            .getResultList();
    assertEquals(2, comments.size());
    ReviewComment loadedComment = comments.get(0);
    assertEquals("둘째 문단을 줄여 주세요 🙏", loadedComment.getText());
    assertEquals("둘째 문단", loadedComment.getQuote());
    assertEquals(editor, loadedComment.getAuthor());
    assertEquals(loadedReview, loadedComment.getReview());
    assertEquals(1, loadedComment.getRevision());
    assertEquals(T0.plusSeconds(2), loadedComment.getCreatedAt());
    assertNull(loadedComment.getReplyTo());
    assertEquals("네, 줄였습니다.", comments.get(1).getText());
    assertEquals(loadedComment.getId(), comments.get(1).getReplyTo());
    assertNull(comments.get(1).getQuote());
    assertEquals(
        2L,
        em.createNamedQuery(ReviewComment.COUNT_OF_COLUMN, Long.class)
            .setParameter("column", loadedColumn)
            .getSingleResult());
  }

  @Test
  void anAuditEventIsStoredWhole() {
    Instant at = T0.plusSeconds(5).plusNanos(999);
    Instant due = T0.plusSeconds(4);
    AuditEvent event =
        AuditEvent.record(
            at,
            AuditEvent.SCHEDULER,
            AuditAction.PUBLISH,
            42L,
            ColumnStatus.SCHEDULED,
            ColumnStatus.PUBLISHED,
            3,
            "예약 발행",
            due);
    inTransaction(em -> em.persist(event));
    em.clear();

    AuditEvent loaded = em.find(AuditEvent.class, event.getId());

    assertEquals(T0.plusSeconds(5), loaded.getAt());
    assertEquals("scheduler", loaded.getActor());
    assertEquals(AuditAction.PUBLISH, loaded.getAction());
    assertEquals(42L, loaded.getColumnId());
    assertEquals(ColumnStatus.SCHEDULED, loaded.getFrom());
    assertEquals(ColumnStatus.PUBLISHED, loaded.getTo());
    assertEquals(3, loaded.getRevision());
    assertEquals("예약 발행", loaded.getComment());
    assertEquals(due, loaded.getDueAt());
  }

  @Test
  void magazineAndTagsAreStoredWhole() {
    em.clear();

    Magazine loaded =
        em.createNamedQuery(Magazine.BY_SLUG, Magazine.class)
            .setParameter("slug", "월요-칼럼")
            .getSingleResult();
    assertEquals("월요 칼럼", loaded.getTitle());
    assertEquals("매주 월요일의 칼럼", loaded.getDescription());
    assertEquals(T0, loaded.getCreatedAt());
    assertEquals(
        List.of("AI 윤리", "경제", "칼럼/에세이"),
        em.createNamedQuery(Tag.ALL, Tag.class).getResultList().stream()
            .map(Tag::getName)
            .toList());
    assertEquals(
        2,
        em.createNamedQuery(Tag.BY_NAMES, Tag.class)
            .setParameter("names", List.of("경제", "AI 윤리", "없는 태그"))
            .getResultList()
            .size());
  }

  @Test
  void theDatabaseRefusesATakenSlug() {
    Revision one =
        EditorialColumn.start(
            writer, "같은-주소", new ColumnContent("하나", null, null, "", null, null), T0);
    inTransaction(
        em -> {
          em.persist(one.getColumn());
          em.persist(one);
        });
    Revision two =
        EditorialColumn.start(
            writer, "같은-주소", new ColumnContent("둘", null, null, "", null, null), T0);

    assertThrows(
        PersistenceException.class,
        () ->
            inTransaction(
                em -> {
                  em.persist(two.getColumn());
                  em.persist(two);
                }));
  }

  @Test
  void concurrentSavesOfOneColumnAreRefused() {
    Revision first =
        EditorialColumn.start(writer, "s", new ColumnContent("v1", null, null, "", null, null), T0);
    inTransaction(
        em -> {
          em.persist(first.getColumn());
          em.persist(first);
        });
    Long id = first.getColumn().getId();
    EntityManager other = database.anotherEntityManager();
    try {
      EditorialColumn mine = em.find(EditorialColumn.class, id);
      other.getTransaction().begin();
      EditorialColumn theirs = other.find(EditorialColumn.class, id);
      other.persist(
          theirs.edit(
              editor,
              new ColumnContent("그들의 v2", null, null, "", null, null),
              RevisionKind.EDIT,
              T0.plusSeconds(1)));
      other.getTransaction().commit();

      assertThrows(
          PersistenceException.class,
          () ->
              inTransaction(
                  em ->
                      mine.edit(
                          writer,
                          new ColumnContent("나의 v2", null, null, "", null, null),
                          RevisionKind.EDIT,
                          T0.plusSeconds(2))));
    } finally {
      other.close();
    }
  }

  private void inTransaction(Consumer<EntityManager> work) {
    database.inTransaction(work);
  }
}
