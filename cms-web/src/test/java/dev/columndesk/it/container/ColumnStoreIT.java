package dev.columndesk.it.container;

import static dev.columndesk.it.container.ColumnFixtures.now;
import static dev.columndesk.it.container.ColumnFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.column.RevisionKind;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.it.container.ColumnFixtures.Cast;
import dev.columndesk.it.container.ColumnFixtures.Outcome;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.editorial.BodySanitizer;
import dev.columndesk.service.editorial.RevisionDiff;
import dev.columndesk.service.magazine.Tags;
import dev.columndesk.service.platform.Sql;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the services store things, inside Payara Micro on the real database: revisions are frozen
 * rows numbered per column, the audit record shares the fate of its change's transaction, new tags
 * are made once however many writers introduce them at the same moment, and what the diff and the
 * sanitizer make of stored text.
 */
@ExtendWith(ArquillianExtension.class)
class ColumnStoreIT {

  @Inject private ColumnFixtures fixtures;
  @Inject private Tags tags;
  @Inject private Event<ColumnChanged> changes;

  // --- revisions ---------------------------------------------------------------------------------

  @Test
  void revisionRowsAreNeverRewritten() throws Exception {
    Cast cast = fixtures.cast("cs-frozen");
    long id = fixtures.draft(cast, "frozen-", "원래 제목", "<p>원래 본문</p>");
    List<String> original = List.of("1 CREATE 원래 제목 <p>원래 본문</p>");
    assertEquals(original, storedRevisions(id));

    // Changing a managed revision in place and writing the persistence context...
    fixtures.inTransaction(
        em -> {
          Revision revision = revisionIn(em, id, 1);
          set(revision, "title", "몰래 바꾼 제목");
          set(revision, "body", "<p>몰래 바꾼 본문</p>");
          set(revision, "kind", RevisionKind.RESTORE);
          set(revision, "number", 7);
          em.flush();
          return null;
        });
    assertEquals(original, storedRevisions(id), "a managed change is not written");

    // ...or merging a changed detached copy back: the row stays as it was made.
    Revision detached = fixtures.revision(id, 1);
    set(detached, "title", "병합한 제목");
    set(detached, "body", "<p>병합한 본문</p>");
    fixtures.inTransaction(
        em -> {
          em.merge(detached);
          em.flush();
          return null;
        });
    assertEquals(original, storedRevisions(id), "a merged change is not written");
    assertEquals("원래 제목", fixtures.revision(id, 1).getTitle());

    // The working copy does change, as a new revision beside the old one.
    fixtures.change(
        id, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "새 제목"));
    assertEquals("새 제목", fixtures.column(id).getTitle());
    assertEquals(
        List.of(original.get(0), "2 EDIT 새 제목 <p>원래 본문</p><p>새 제목</p>"), storedRevisions(id));
  }

  @Test
  void revisionNumbersAreUniquePerColumn() throws Exception {
    Cast cast = fixtures.cast("cs-number");
    long first = fixtures.draft(cast, "numbers-a-", "가", "<p>가</p>");
    long second = fixtures.draft(cast, "numbers-b-", "나", "<p>나</p>");
    fixtures.change(
        first, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "가2"));
    fixtures.change(
        second, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "나2"));
    fixtures.change(
        first, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "가3"));

    assertEquals(List.of(1, 2, 3), storedNumbers(first), "numbered 1, 2, 3 in the column");
    assertEquals(List.of(1, 2), storedNumbers(second), "each column counts on its own");
    assertEquals(3, fixtures.column(first).getRevision());
    assertEquals(
        List.of(3, 2, 1),
        fixtures
            .em()
            .createNamedQuery(Revision.OF_COLUMN, Revision.class)
            .setParameter("column", fixtures.em().find(EditorialColumn.class, first))
            .getResultList()
            .stream()
            .map(Revision::getNumber)
            .toList(),
        "newest first");

    // A second revision 2 of the same column is refused by the database itself.
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                fixtures.change(
                    first,
                    cast,
                    (column, people, em) -> {
                      Revision extra =
                          column.edit(
                              people.writer(),
                              ColumnFixtures.content("중복", "<p>중복</p>"),
                              RevisionKind.EDIT,
                              now());
                      set(extra, "number", 2);
                      em.persist(extra);
                      em.flush();
                    }));
    assertTrue(Sql.isUniqueViolation(refused), () -> "a unique violation, not " + refused);
    assertEquals(List.of(1, 2, 3), storedNumbers(first));
    assertEquals(3, fixtures.column(first).getRevision(), "the whole save was rolled back");
  }

  // --- the audit log -----------------------------------------------------------------------------

  @Test
  void auditLogRecordsAChangeInItsTransaction() throws Exception {
    Cast cast = fixtures.cast("cs-audit");
    long id = fixtures.draft(cast, "audit-", "감사", "<p>기록</p>");
    String actor = cast.editor().getUsername();
    Instant at = now().minusSeconds(5);

    fixtures.inTransaction(
        em -> {
          changes.fire(
              new ColumnChanged(
                  AuditAction.COMMENT,
                  id,
                  "audit",
                  actor,
                  ColumnStatus.DRAFT,
                  ColumnStatus.DRAFT,
                  1,
                  "첫 문단이 길어요",
                  at,
                  null));
          assertEquals(1, countEvents(em, id), "written inside the transaction of the change");
          return null;
        });

    List<AuditEvent> events = fixtures.events(id);
    assertEquals(1, events.size());
    AuditEvent event = events.get(0);
    assertEquals(at, event.getAt());
    assertEquals(actor, event.getActor());
    assertEquals(AuditAction.COMMENT, event.getAction());
    assertEquals(id, event.getColumnId());
    assertEquals(ColumnStatus.DRAFT, event.getFrom());
    assertEquals(ColumnStatus.DRAFT, event.getTo());
    assertEquals(1, event.getRevision());
    assertEquals("첫 문단이 길어요", event.getComment());
    assertNull(event.getDueAt());

    // Without a time of its own, an event is recorded at the moment it is observed.
    Instant before = now();
    Instant due = now().minusSeconds(30);
    fixtures.inTransaction(
        em -> {
          changes.fire(
              new ColumnChanged(
                  AuditAction.PUBLISH,
                  id,
                  "audit",
                  "scheduler",
                  ColumnStatus.SCHEDULED,
                  ColumnStatus.PUBLISHED,
                  1,
                  null,
                  null,
                  due));
          return null;
        });
    AuditEvent timed = fixtures.events(id, AuditAction.PUBLISH).get(0);
    assertFalse(timed.getAt().isBefore(before));
    assertFalse(timed.getAt().isAfter(now()));
    assertEquals(due, timed.getDueAt());
  }

  @Test
  void auditLogRecordsNothingWhenTheTransactionRollsBack() throws Exception {
    Cast cast = fixtures.cast("cs-rollback");
    long id = fixtures.draft(cast, "rolled-back-", "되돌림", "<p>없던 일</p>");
    UserTransaction transaction = fixtures.transaction();

    transaction.begin();
    try {
      changes.fire(
          new ColumnChanged(
              AuditAction.SUBMIT,
              id,
              "rolled-back",
              cast.writer().getUsername(),
              ColumnStatus.DRAFT,
              ColumnStatus.IN_REVIEW,
              1,
              null,
              now(),
              null));
      assertEquals(1, countEvents(fixtures.em(), id), "recorded inside the transaction");
    } finally {
      transaction.rollback();
    }

    assertEquals(List.of(), fixtures.events(id), "gone with the transaction");
  }

  @Test
  void changeIsNotStoredWhenItsAuditRecordFails() throws Exception {
    Cast cast = fixtures.cast("cs-doomed");
    long id = fixtures.draft(cast, "doomed-", "같이 실패", "<p>함께</p>");
    UserTransaction transaction = fixtures.transaction();

    transaction.begin();
    try {
      EditorialColumn column = fixtures.em().find(EditorialColumn.class, id);
      column.submit(fixtures.attached(cast).writer(), now());
      // An event the log cannot record: it has no actor.
      assertThrows(
          RuntimeException.class,
          () ->
              changes.fire(
                  new ColumnChanged(
                      AuditAction.SUBMIT,
                      id,
                      column.getSlug(),
                      null,
                      ColumnStatus.DRAFT,
                      ColumnStatus.IN_REVIEW,
                      1,
                      null,
                      now(),
                      null)));
      assertThrows(RollbackException.class, transaction::commit, "the change fails with it");
    } finally {
      fixtures.rollbackQuietly();
    }

    assertEquals(ColumnStatus.DRAFT, fixtures.column(id).getStatus());
    assertEquals(List.of(), fixtures.events(id));
  }

  // --- tags --------------------------------------------------------------------------------------

  @Test
  void newTagIsMadeOnceWhenWritersIntroduceItAtTheSameMoment() throws Exception {
    for (int round = 0; round < 10; round++) {
      String name = unique("동시 태그 ");
      String other = unique("함께 ");
      // Four ways of writing the same two names; every caller must end with the same tags.
      List<String> spellings =
          List.of(
              name,
              "  " + name.replace(" ", "   ") + " ",
              Normalizer.normalize(name, Normalizer.Form.NFD),
              name);
      AtomicInteger next = new AtomicInteger();

      List<Outcome<List<Tag>>> outcomes =
          fixtures.race(
              spellings.size(),
              () -> {
                String spelling = spellings.get(next.getAndIncrement());
                return fixtures.inTransaction(em -> tags.resolve(List.of(spelling, other)));
              });

      assertEquals(
          List.of(),
          outcomes.stream()
              .filter(outcome -> outcome.failure() != null)
              .map(outcome -> stackTrace(outcome.failure()))
              .toList(),
          "round " + round + ": every writer succeeds");
      List<Long> ids = new ArrayList<>();
      List<Long> otherIds = new ArrayList<>();
      for (Outcome<List<Tag>> outcome : outcomes) {
        assertEquals(List.of(name, other), outcome.result().stream().map(Tag::getName).toList());
        ids.add(outcome.result().get(0).getId());
        otherIds.add(outcome.result().get(1).getId());
      }
      assertEquals(1, Set.copyOf(ids).size(), "one tag " + name + ": " + ids);
      assertEquals(1, Set.copyOf(otherIds).size(), "one tag " + other + ": " + otherIds);
      assertEquals(1, storedTags(name), name);
      assertEquals(1, storedTags(other), other);
    }
  }

  @Test
  void tagMadeByAnotherWriterMeanwhileIsUsedAndTheCallersTransactionGoesOn() throws Exception {
    Cast cast = fixtures.cast("cs-tagwait");
    long id = fixtures.draft(cast, "tag-wait-", "태그 기다림", "<p>먼저 만든 사람</p>");
    String name = unique("먼저 온 태그 ");
    // Another writer makes the tag and commits a moment later, on a connection of its own.
    CountDownLatch inserted = new CountDownLatch(1);
    AtomicReference<Throwable> otherFailed = new AtomicReference<>();
    Thread otherWriter =
        new Thread(
            () -> {
              try (Connection other = fixtures.dataSource().getConnection()) {
                other.setAutoCommit(false);
                boolean postgres =
                    other.getMetaData().getDatabaseProductName().equals("PostgreSQL");
                String next = postgres ? "nextval('tag_seq')" : "NEXT VALUE FOR tag_seq";
                try (PreparedStatement insert =
                    other.prepareStatement("INSERT INTO tag (id, name) VALUES (" + next + ", ?)")) {
                  insert.setString(1, name);
                  insert.executeUpdate();
                }
                inserted.countDown();
                Thread.sleep(300);
                other.commit();
              } catch (Throwable failure) {
                otherFailed.set(failure);
                inserted.countDown();
              }
            });
    otherWriter.start();
    assertTrue(inserted.await(10, TimeUnit.SECONDS));
    assertNull(otherFailed.get());

    // This writer resolves the same new name inside its own save, as EditorialService does:
    // making it collides with the other writer's row, and the save must still go through.
    List<Tag> resolved =
        fixtures.inTransaction(
            em -> {
              List<Tag> found = tags.resolve(List.of(name));
              assertEquals(
                  Status.STATUS_ACTIVE,
                  fixtures.transaction().getStatus(),
                  "the caller's transaction is still active after Tags.resolve");
              EditorialColumn column = em.find(EditorialColumn.class, id);
              em.persist(
                  column.edit(
                      fixtures.attached(cast).writer(),
                      new ColumnContent("태그 기다림", null, null, "<p>둘째</p>", null, found),
                      RevisionKind.EDIT,
                      now()));
              return found;
            });
    otherWriter.join(10_000);

    assertNull(otherFailed.get());
    assertEquals(List.of(name), resolved.stream().map(Tag::getName).toList());
    assertEquals(1, storedTags(name));
    assertEquals(List.of(name), fixtures.column(id).getTagNames(), "the save was stored");
  }

  // --- diffs -------------------------------------------------------------------------------------

  @Test
  void diffOfStoredRevisionsMarksTheChangedKoreanWords() throws Exception {
    Cast cast = fixtures.cast("cs-diff");
    long id =
        fixtures.draft(cast, "diff-", "서울 칼럼", "<p>오늘 서울의 하늘은 맑고 바람이 분다.</p><p>두 번째 문단은 그대로다.</p>");
    String tag = unique("칼럼/에세이 ");
    fixtures.change(
        id,
        cast,
        (column, people, em) ->
            em.persist(
                column.edit(
                    people.writer(),
                    new ColumnContent(
                        "부산 칼럼",
                        null,
                        null,
                        "<p>오늘 부산의 하늘은 흐리고 바람이 분다.</p><p>두 번째 문단은 그대로다.</p>" + "<p>새 문단.</p>",
                        null,
                        tags.resolve(List.of(tag))),
                    RevisionKind.EDIT,
                    now())));

    RevisionDiff diff = RevisionDiff.between(fixtures.revision(id, 1), fixtures.revision(id, 2));

    assertEquals(1, diff.from());
    assertEquals(2, diff.to());
    assertTrue(diff.changed());
    assertEquals(
        List.of("title", "tags", "body"),
        diff.fields().stream().map(RevisionDiff.FieldDiff::field).toList());
    assertEquals(
        List.of(new RevisionDiff.Row("CHANGE", "[-서울-] 칼럼", "{+부산+} 칼럼")),
        diff.fields().get(0).rows());
    assertEquals(
        List.of(new RevisionDiff.Row("INSERT", "", "{+" + tag + "+}")),
        diff.fields().get(1).rows());
    assertEquals(
        List.of(
            new RevisionDiff.Row(
                "CHANGE", "오늘 [-서울의-] 하늘은 [-맑고-] 바람이 분다.", "오늘 {+부산의+} 하늘은 {+흐리고+} 바람이 분다."),
            new RevisionDiff.Row("INSERT", "", "{+새 문단.+}")),
        diff.fields().get(2).rows(),
        "the unchanged paragraph is left out");
    assertTrue(diff.unified().contains("--- a/body"), diff.unified());
    assertTrue(diff.unified().contains("+++ b/body"), diff.unified());
    assertTrue(diff.unified().contains("\n-오늘 서울의 하늘은 맑고 바람이 분다."), diff.unified());
    assertTrue(diff.unified().contains("\n+오늘 부산의 하늘은 흐리고 바람이 분다."), diff.unified());
    assertTrue(diff.unified().contains("\n+새 문단."), diff.unified());

    RevisionDiff backwards =
        RevisionDiff.between(fixtures.revision(id, 2), fixtures.revision(id, 1));
    assertEquals(2, backwards.from());
    assertEquals(
        new RevisionDiff.Row("CHANGE", "[-부산-] 칼럼", "{+서울+} 칼럼"),
        backwards.fields().get(0).rows().get(0));

    RevisionDiff same = RevisionDiff.between(fixtures.revision(id, 2), fixtures.revision(id, 2));
    assertFalse(same.changed());
    assertEquals("", same.unified());
  }

  // --- sanitizing --------------------------------------------------------------------------------

  @Test
  void sanitizerRemovesWhatCouldRunOrReachOut() {
    String dirty =
        "<p onclick=\"steal()\" style=\"color:red\">안녕<script>alert(1)</script></p>"
            + "<style>p{display:none}</style>"
            + "<iframe src=\"https://evil.example/\"></iframe>"
            + "<form action=\"https://evil.example/\"><input name=\"q\"></form>"
            + "<a href=\"javascript:alert(2)\">스크립트 링크</a>"
            + "<a href=\"JaVaScRiPt:alert(3)\">대소문자</a>"
            + "<a href=\"data:text/html,hello\">데이터 링크</a>"
            + "<img src=\"data:image/png;base64,AAAA\">"
            + "<img src=\"https://cdn.example/x.png\" onerror=\"steal()\">"
            + "<svg onload=\"steal()\"></svg><object data=\"x.swf\"></object>";

    String clean = BodySanitizer.sanitize(dirty);

    for (String gone :
        List.of(
            "<script",
            "alert(",
            "<style",
            "display:none",
            "style=",
            "<iframe",
            "evil.example",
            "<form",
            "<input",
            "onclick",
            "onerror",
            "onload",
            "steal",
            "javascript:",
            "data:",
            "<svg",
            "<object")) {
      assertFalse(clean.toLowerCase(Locale.ROOT).contains(gone), gone + " in " + clean);
    }
    assertTrue(clean.startsWith("<p>안녕</p>"), clean);
    assertTrue(clean.contains("스크립트 링크") && clean.contains("데이터 링크"), "link text is kept");
    assertTrue(clean.contains("<img src=\"https://cdn.example/x.png\" />"), clean);
    assertNull(BodySanitizer.sanitize(null));
  }

  @Test
  void sanitizerKeepsTheAllowedSubset() {
    String allowed =
        "<h2>제목</h2><h3>소제목</h3><h4>작은 제목</h4><p><strong>굵게</strong> <em>기울임</em>"
            + " <u>밑줄</u> <s>취소</s> <code>x &lt; y</code></p><blockquote>인용</blockquote>"
            + "<ul><li>하나</li></ul><ol><li>둘</li></ol><hr /><pre>고정폭</pre><br />"
            + "<figure><img src=\"/media/2026/photo.jpg\" alt=\"사진\" width=\"640\" height=\"480\" />"
            + "<figcaption>설명</figcaption></figure>";
    assertEquals(allowed, BodySanitizer.sanitize(allowed), "the allowed subset passes unchanged");

    String links =
        BodySanitizer.sanitize(
            "<a href=\"https://example.com/a\" target=\"_blank\" title=\"예시\">웹</a>"
                + "<a href=\"http://example.org/\">옛 웹</a>"
                + "<a href=\"mailto:desk@example.com\">메일</a>"
                + "<a href=\"/desk/columns\">상대 경로</a>");
    List<String> anchors = matches("<a [^>]*>", links);
    assertEquals(3, anchors.size(), links);
    for (String anchor : anchors) {
      assertEquals(Set.of("nofollow", "noopener"), rel(anchor), anchor);
      assertFalse(anchor.contains("target"), anchor);
    }
    assertTrue(anchors.get(0).contains("href=\"https://example.com/a\""), links);
    assertTrue(anchors.get(0).contains("title=\"예시\""), links);
    assertTrue(anchors.get(1).contains("href=\"http://example.org/\""), links);
    assertTrue(anchors.get(2).startsWith("<a href=\"mailto:desk"), links);
    assertTrue(links.endsWith("상대 경로"), "a link that is not http, https or mailto loses its href");

    assertEquals(
        "<strong>b</strong><em>i</em><s>strike</s><s>del</s><h2>h1</h2>",
        BodySanitizer.sanitize("<b>b</b><i>i</i><strike>strike</strike><del>del</del><h1>h1</h1>"),
        "pasted older elements become their allowed names");
    assertEquals(
        "h5 span", BodySanitizer.sanitize("<h5>h5</h5> <div><span>span</span></div>"), "text kept");

    assertEquals(
        "<img src=\"/media/a.png\" alt=\"a\" />",
        BodySanitizer.sanitize("<img src=\"/media/a.png\" alt=\"a\" style=\"x\" width=\"huge\">"));
    assertEquals("", BodySanitizer.sanitize("<img src=\"/etc/passwd\">"), "not the desk's media");
    assertEquals("", BodySanitizer.sanitize("<img src=\"//evil.example/x.png\">"), "other hosts");

    String once = BodySanitizer.sanitize(allowed + links);
    assertEquals(once, BodySanitizer.sanitize(once), "sanitizing twice changes nothing more");
  }

  @Test
  void sanitizerKeepsImagesInsideTheMediaFolder() {
    // "The desk's own media URLs": a path that climbs out of /media/ is another URL of the desk.
    for (String escape :
        List.of("/media/../api/v1/accounts", "/media/%2e%2e/desk/", "/media/..%2f..%2fdesk")) {
      String clean = BodySanitizer.sanitize("<img src=\"" + escape + "\" alt=\"x\">");
      assertFalse(clean.contains("src="), escape + " kept as " + clean);
    }
    assertEquals(
        "<img src=\"/media/2026/11/a.png\" />",
        BodySanitizer.sanitize("<img src=\"/media/2026/11/a.png\">"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static Revision revisionIn(EntityManager em, long columnId, int number) {
    return em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
        .setParameter("column", em.find(EditorialColumn.class, columnId))
        .setParameter("number", number)
        .getSingleResult();
  }

  /** Sets a field the domain keeps private, the way a careless caller with reflection would. */
  private static void set(Object target, String field, Object value) throws Exception {
    Field declared = target.getClass().getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(target, value);
  }

  /** The column's revision rows as the database holds them: number, kind, title, body. */
  private List<String> storedRevisions(long columnId) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = fixtures.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT number, kind, title, body FROM revision WHERE column_id = ? ORDER BY number")) {
      select.setLong(1, columnId);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              result.getInt(1)
                  + " "
                  + result.getString(2)
                  + " "
                  + result.getString(3)
                  + " "
                  + result.getString(4));
        }
      }
    }
    return rows;
  }

  private List<Integer> storedNumbers(long columnId) throws Exception {
    return storedRevisions(columnId).stream()
        .map(row -> Integer.valueOf(row.substring(0, row.indexOf(' '))))
        .toList();
  }

  private int storedTags(String name) throws Exception {
    try (Connection connection = fixtures.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT COUNT(*) FROM tag WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private static long countEvents(EntityManager em, long columnId) {
    return em.createQuery(
            "select count(e) from AuditEvent e where e.columnId = :column", Long.class)
        .setParameter("column", columnId)
        .getSingleResult();
  }

  private static List<String> matches(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static String stackTrace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private static Set<String> rel(String anchor) {
    Matcher matcher = Pattern.compile("rel=\"([^\"]*)\"").matcher(anchor);
    return matcher.find() ? Set.of(matcher.group(1).split(" ")) : Set.of();
  }
}
