package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.array;
import static dev.columndesk.it.support.ColumnsApi.comment;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.instant;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column's life over real HTTP, as the contract and "A column's life" describe it: written in
 * Korean by a writer, reviewed by editors, released by a publisher and the scheduler, corrected
 * while live, taken down, and its history read, compared, restored and audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ColumnWorkflowIT {

  private static final String SUBTITLE = "빅테크의 새 전선";
  private static final String FIRST = "<p>인공지능 경쟁이 시작되었다.</p>";
  private static final String BODY_2 = FIRST + "<p>첫 번째 고침.</p>";
  private static final String BODY_3 = FIRST + "<p>메타는 라마를 공개했다.</p>";
  private static final String BODY_4 = "<p>인공지능 경쟁이 본격화되었다.</p><p>메타는 라마를 공개했다.</p>";

  /** What an attacker might paste: every part of it but the Korean text must go. */
  private static final String DIRTY_BODY =
      FIRST
          + "<p>메타가 오픈AI에 <strong>도전장</strong>을 내밀었다.<script>alert('x')</script></p>"
          + "<p><img src=\"https://example.com/a.png\" onerror=\"alert(1)\" alt=\"그림\"></p>"
          + "<p><a href=\"javascript:alert(2)\">나쁜 링크</a>"
          + " <a href=\"https://example.com/news\">좋은 링크</a></p>"
          + "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"데이터\"></p>"
          + "<p style=\"color:red\" onclick=\"steal()\">꾸밈</p>"
          + "<iframe src=\"https://example.com/frame\"></iframe>"
          + "<form action=\"https://example.com/post\"><input name=\"q\"></form>"
          + "<svg onload=\"alert(3)\"><circle r=\"1\"/></svg>"
          + "<p><a href=\"java&#x09;script:alert(4)\">숨은 스크립트</a></p>"
          + "<p><a href=\"https://example.com/x\" onmouseover=\"alert(5)\">마우스</a></p>";

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  private static String content(String title, String body) {
    return draftBuilder(title, body)
        .add("subtitle", SUBTITLE)
        .add("summary", "메타와 오픈AI의 경쟁을 짚는다")
        .add("tags", array("칼럼/에세이", "인공지능"))
        .build()
        .toString();
  }

  // --- creating ----------------------------------------------------------------------------------

  @Test
  void createdColumnIsADraftWithKoreanSlugAndSanitizedBody() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "메타, 오픈AI에 도전장 " + suffix;

    Api.Answer created = columns.create(WRITER, content(title, DIRTY_BODY));

    JsonObject column = expect(created, 201);
    assertEquals(api.uri("api/v1/columns/" + id(column)), URI.create(created.header("Location")));
    assertEquals(etagOf(column), created.header("ETag"));
    assertEquals(
        "application/json;charset=utf-8",
        created.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT));
    assertEquals("메타-오픈ai에-도전장-" + suffix, column.getString("slug"));
    assertEquals(title, column.getString("title"));
    assertEquals(SUBTITLE, column.getString("subtitle"));
    assertEquals("DRAFT", column.getString("status"));
    assertEquals(1, column.getInt("revision"));
    assertEquals(WRITER, column.getJsonObject("author").getString("username"));
    assertEquals("최칼럼", column.getJsonObject("author").getString("displayName"));
    assertEquals(List.of("칼럼/에세이", "인공지능"), strings(column, "tags"));
    assertTrue(column.isNull("live"), column::toString);
    assertTrue(column.isNull("magazine"), column::toString);
    assertTrue(column.isNull("publishAt"), column::toString);
    assertTrue(column.getString("updatedAt").endsWith("Z"), column::toString);

    String body = column.getString("body");
    assertTrue(body.contains("인공지능 경쟁이 시작되었다."), body);
    assertTrue(body.contains("<strong>도전장</strong>"), body);
    for (String gone :
        List.of(
            "<script",
            "alert",
            "onerror",
            "onclick",
            "javascript:",
            "data:",
            "style=",
            "<iframe",
            "<form",
            "<input",
            "<svg",
            "onmouseover")) {
      assertFalse(body.toLowerCase(Locale.ROOT).contains(gone), () -> gone + " left in " + body);
    }
    assertTrue(body.contains("https://example.com/a.png"), "a safe image stays: " + body);
    assertTrue(body.contains("https://example.com/news"), "a safe link stays: " + body);
    Set<String> protectedLink = Set.of("nofollow", "noopener");
    assertEquals(List.of(protectedLink, protectedLink), rels(body), body);

    Api.Answer fetched = columns.get(id(column), WRITER);
    assertEquals(column, expect(fetched, 200));
    assertEquals(etagOf(column), fetched.header("ETag"));
  }

  @Test
  void everyLinkGetsNofollowNoopener() {
    JsonObject column =
        columns.newDraft(
            WRITER,
            unique("링크 모음"),
            "<p><a href=\"https://example.com/a\">가</a> <a href=\"http://example.com/b\""
                + " rel=\"author\">나</a> <a href=\"mailto:desk@example.com\">다</a></p>");

    String body = column.getString("body");
    Set<String> protectedLink = Set.of("nofollow", "noopener");
    assertEquals(List.of(protectedLink, protectedLink, protectedLink), rels(body), body);
  }

  /** The tokens of the {@code rel} attribute of each link, in order; rel is a set of tokens. */
  private static List<Set<String>> rels(String html) {
    List<Set<String>> rels = new ArrayList<>();
    Matcher link = Pattern.compile("<a\\s[^>]*>").matcher(html);
    while (link.find()) {
      Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(link.group());
      rels.add(rel.find() ? Set.of(rel.group(1).strip().split("\\s+")) : Set.of());
    }
    return rels;
  }

  @Test
  void columnsWithTheSameTitleGetNumberedSlugs() {
    String title = unique("같은 제목의 칼럼");
    String slug = title.replace(' ', '-');

    assertEquals(slug, columns.newDraft(WRITER, title).getString("slug"));
    assertEquals(slug + "-2", columns.newDraft("writer2", title).getString("slug"));
    assertEquals(slug + "-3", columns.newDraft(EDITOR, title).getString("slug"));
  }

  @Test
  void columnsCreatedAtTheSameMomentWithOneTitleGetNumberedSlugs() {
    String title = unique("동시에 같은 제목");
    String slug = title.replace(' ', '-');

    List<Api.Answer> answers =
        ColumnsApi.atOnce(4, i -> columns.create(WRITER, ColumnsApi.draft(title, "<p>동시</p>")));

    assertEquals(
        List.of(201, 201, 201, 201),
        answers.stream().map(Api.Answer::status).toList(),
        answers::toString);
    assertEquals(
        Set.of(slug, slug + "-2", slug + "-3", slug + "-4"),
        answers.stream().map(a -> a.json().getString("slug")).collect(Collectors.toSet()));
  }

  @Test
  void requestedSlugIsKeptAndNumberedWhenTaken() {
    String slug = "내-슬러그-" + UUID.randomUUID().toString().substring(0, 8);
    String json = draftBuilder("아무 제목", "<p>본문</p>").add("slug", slug).build().toString();

    assertEquals(slug, expect(columns.create(WRITER, json), 201).getString("slug"));
    assertEquals(slug + "-2", expect(columns.create(WRITER, json), 201).getString("slug"));
  }

  // --- saving ------------------------------------------------------------------------------------

  @Test
  void savingMakesANewRevisionAndANewETag() {
    JsonObject created = columns.newDraft(WRITER, unique("저장"));

    Api.Answer saved =
        columns.put(
            id(created), WRITER, etagOf(created), content(created.getString("title"), BODY_2));

    JsonObject column = expect(saved, 200);
    assertEquals(2, column.getInt("revision"));
    assertEquals("DRAFT", column.getString("status"));
    assertEquals(BODY_2, column.getString("body"));
    assertNotEquals(created.getJsonNumber("version"), column.getJsonNumber("version"));
    assertEquals(etagOf(column), saved.header("ETag"));
    assertNotEquals(etagOf(created), saved.header("ETag"));
  }

  @Test
  void savingUnchangedContentMakesNoRevision() {
    JsonObject created = columns.newDraft(WRITER, unique("그대로"), "<p>바꾸지 않는다.</p>");

    JsonObject saved =
        expect(
            columns.put(
                id(created),
                WRITER,
                etagOf(created),
                ColumnsApi.draft(created.getString("title"), "<p>바꾸지 않는다.</p>")),
            200);

    assertEquals(1, saved.getInt("revision"));
    assertEquals(1, items(expect(columns.revisions(id(created), WRITER), 200)).size());
  }

  // --- review ------------------------------------------------------------------------------------

  @Test
  void reviewGoesBackAndForthWithCommentsUntilApproved() {
    JsonObject column = columns.newDraft(WRITER, unique("검토"), BODY_2);
    long id = id(column);

    column = columns.move(column, "submit", WRITER, null);
    assertEquals("IN_REVIEW", column.getString("status"));

    JsonObject remark = expect(columns.addComment(id, EDITOR, "이 문장은 근거가 필요합니다", "첫 번째 고침"), 201);
    assertEquals("이 문장은 근거가 필요합니다", remark.getString("text"));
    assertEquals("첫 번째 고침", remark.getString("quote"));
    assertEquals(EDITOR, remark.getJsonObject("author").getString("username"));

    assertProblem(columns.transition(id, "request-changes", EDITOR, "{}", null), 400, "comment");
    assertEquals("IN_REVIEW", columns.current(column).getString("status"));

    column = columns.move(column, "request-changes", EDITOR, comment("근거를 보태 주세요"));
    assertEquals("CHANGES_REQUESTED", column.getString("status"));

    column = columns.edit(column, WRITER, column.getString("title"), BODY_3);
    assertEquals("CHANGES_REQUESTED", column.getString("status"), "editing keeps the request");
    assertEquals(2, column.getInt("revision"));

    column = columns.move(column, "submit", WRITER, null);
    assertEquals("IN_REVIEW", column.getString("status"));

    column = columns.move(column, "approve", EDITOR, comment("좋습니다. 내보냅시다"));
    assertEquals("APPROVED", column.getString("status"));
    assertEquals(2, column.getInt("revision"), "transitions make no revisions");

    List<String> said =
        items(expect(columns.comments(id, WRITER), 200)).stream()
            .map(each -> each.getString("text"))
            .toList();
    assertEquals(List.of("이 문장은 근거가 필요합니다", "근거를 보태 주세요", "좋습니다. 내보냅시다"), said, "oldest first");
  }

  // --- the whole life ----------------------------------------------------------------------------

  @Test
  void koreanColumnLivesItsWholeLifeFromDraftToRestore() {
    String title = unique("메타, 오픈AI에 도전장");

    // The writer drafts and saves.
    JsonObject column = expect(columns.create(WRITER, content(title, FIRST)), 201);
    long id = id(column);
    column = expect(columns.put(id, WRITER, etagOf(column), content(title, BODY_2)), 200);
    assertEquals(2, column.getInt("revision"));

    // Review: a comment, changes requested, a new revision, approval.
    column = columns.move(column, "submit", WRITER, null);
    expect(columns.addComment(id, EDITOR, "둘째 문단이 약합니다", "첫 번째 고침"), 201);
    column = columns.move(column, "request-changes", EDITOR, comment("둘째 문단을 구체적으로"));
    column = expect(columns.put(id, WRITER, etagOf(column), content(title, BODY_3)), 200);
    assertEquals("CHANGES_REQUESTED", column.getString("status"));
    assertEquals(3, column.getInt("revision"));
    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", EDITOR, comment("좋습니다"));
    assertEquals("APPROVED", column.getString("status"));

    // The publisher schedules it in Seoul time; the scheduler releases it.
    OffsetDateTime publishAt = ColumnsApi.seoulIn(3);
    column = columns.move(column, "schedule", PUBLISHER, ColumnsApi.schedule(publishAt, null));
    assertEquals("SCHEDULED", column.getString("status"));
    assertEquals(publishAt.toInstant(), instant(column, "publishAt"));
    assertTrue(column.getString("publishAt").endsWith("Z"), column::toString);
    assertTrue(column.isNull("live"), "nothing live before its time");

    column =
        columns.await(
            column, now -> now.getString("status").equals("PUBLISHED"), Duration.ofSeconds(15));
    JsonObject live = column.getJsonObject("live");
    assertEquals(3, live.getInt("revision"), "exactly the approved revision");
    assertTrue(live.getString("publishedAt").endsWith("Z"), live::toString);
    Duration late = Duration.between(publishAt.toInstant(), instant(live, "publishedAt"));
    assertFalse(late.isNegative(), () -> "published early: " + late);
    assertTrue(late.compareTo(Duration.ofSeconds(2)) < 0, () -> "published late: " + late);
    assertTrue(column.isNull("publishAt"), column::toString);
    String url = live.getString("url");
    assertEquals(ColumnsApi.pagePathOf(column.getString("slug")), url);

    Api.Answer page = columns.page(url);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains(title), "title");
    assertTrue(page.body().contains(SUBTITLE), "subtitle");
    assertTrue(page.body().contains("최칼럼"), "byline");
    assertTrue(page.body().contains("메타는 라마를 공개했다."), "body");

    // A correction: a new draft while the approved revision stays live.
    column = expect(columns.put(id, WRITER, etagOf(column), content(title, BODY_4)), 200);
    assertEquals("DRAFT", column.getString("status"));
    assertEquals(4, column.getInt("revision"));
    assertEquals(3, column.getJsonObject("live").getInt("revision"), "live stays live");
    page = columns.page(url);
    assertTrue(page.body().contains("경쟁이 시작되었다"), "the old text is still live");
    assertFalse(page.body().contains("본격화"), "the correction does not leak");

    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", "editor2", comment("정정 확인"));
    column = columns.move(column, "publish", PUBLISHER, null);
    assertEquals("PUBLISHED", column.getString("status"));
    assertEquals(4, column.getJsonObject("live").getInt("revision"));
    assertEquals(url, column.getJsonObject("live").getString("url"), "the address holds");
    page = columns.page(url);
    assertTrue(page.body().contains("경쟁이 본격화되었다"), page::body);
    assertFalse(page.body().contains("경쟁이 시작되었다"), page::body);

    // Taken down.
    column = columns.move(column, "unpublish", PUBLISHER, null);
    assertEquals("UNPUBLISHED", column.getString("status"));
    assertTrue(column.isNull("live"), column::toString);
    assertEquals(410, columns.page(url).status());

    // History: newest first, one revision, a readable diff, restore.
    List<JsonObject> revisions = items(expect(columns.revisions(id, WRITER), 200));
    assertEquals(List.of(4, 3, 2, 1), revisions.stream().map(r -> r.getInt("number")).toList());
    assertEquals(
        List.of("EDIT", "EDIT", "EDIT", "CREATE"),
        revisions.stream().map(r -> r.getString("kind")).toList());
    for (JsonObject revision : revisions) {
      assertEquals(WRITER, revision.getString("by"), revision::toString);
      assertTrue(revision.getString("createdAt").endsWith("Z"), revision::toString);
    }
    assertFalse(
        instant(revisions.get(0), "createdAt").isBefore(instant(revisions.get(3), "createdAt")));

    JsonObject second = expect(columns.revision(id, 2, WRITER), 200);
    assertEquals(title, second.getString("title"));
    assertEquals(SUBTITLE, second.getString("subtitle"));
    assertEquals(BODY_2, second.getString("body"));
    assertEquals(List.of("칼럼/에세이", "인공지능"), strings(second, "tags"));

    String diff = expect(columns.diff(id, 3, 4, EDITOR), 200).toString();
    assertTrue(diff.contains("시작되었다"), diff);
    assertTrue(diff.contains("본격화되었다"), diff);
    assertFalse(diff.contains("<p>"), () -> "readable text, not markup: " + diff);

    Api.Answer restored = columns.restore(id, 2, WRITER, etagOf(column));
    column = expect(restored, 200);
    assertEquals(etagOf(column), restored.header("ETag"));
    assertEquals(5, column.getInt("revision"));
    assertEquals(BODY_2, column.getString("body"));
    assertEquals("DRAFT", column.getString("status"));
    JsonObject fifth = expect(columns.revision(id, 5, WRITER), 200);
    assertEquals("RESTORE", fifth.getString("kind"));
    assertEquals(BODY_2, fifth.getString("body"));
    assertEquals(second.getString("title"), fifth.getString("title"));

    // The audit trail, oldest first.
    List<JsonObject> audit = columns.audit(id);
    assertEquals(
        List.of(
            "CREATE writer -> DRAFT",
            "EDIT writer DRAFT -> DRAFT",
            "SUBMIT writer DRAFT -> IN_REVIEW",
            "COMMENT editor IN_REVIEW -> IN_REVIEW",
            "REQUEST_CHANGES editor IN_REVIEW -> CHANGES_REQUESTED",
            "EDIT writer CHANGES_REQUESTED -> CHANGES_REQUESTED",
            "SUBMIT writer CHANGES_REQUESTED -> IN_REVIEW",
            "APPROVE editor IN_REVIEW -> APPROVED",
            "SCHEDULE publisher APPROVED -> SCHEDULED",
            "PUBLISH scheduler SCHEDULED -> PUBLISHED",
            "EDIT writer PUBLISHED -> DRAFT",
            "SUBMIT writer DRAFT -> IN_REVIEW",
            "APPROVE editor2 IN_REVIEW -> APPROVED",
            "PUBLISH publisher APPROVED -> PUBLISHED",
            "UNPUBLISH publisher PUBLISHED -> UNPUBLISHED",
            "RESTORE writer UNPUBLISHED -> DRAFT"),
        audit.stream().map(ColumnWorkflowIT::describe).toList());
    assertEquals("둘째 문단을 구체적으로", audit.get(4).getString("comment"));
    assertEquals("좋습니다", audit.get(7).getString("comment"));
    assertEquals("둘째 문단이 약합니다", audit.get(3).getString("comment"));
    for (JsonObject event : audit) {
      assertEquals(id, event.getJsonNumber("column").longValue(), event::toString);
      assertTrue(event.getString("at").endsWith("Z"), event::toString);
    }
    List<Instant> times = new ArrayList<>();
    audit.forEach(event -> times.add(instant(event, "at")));
    assertEquals(times.stream().sorted().toList(), times, "oldest first");

    JsonObject released = audit.get(9);
    Instant dueAt = instant(released, "dueAt");
    Instant at = instant(released, "at");
    assertEquals(publishAt.toInstant(), dueAt);
    assertFalse(at.isBefore(dueAt), released::toString);
    assertTrue(
        Duration.between(dueAt, at).compareTo(Duration.ofSeconds(2)) < 0, released::toString);
  }

  /** {@code ACTION actor from -> to}, from left out when there is none. */
  private static String describe(JsonObject event) {
    String from = event.isNull("from") ? "" : event.getString("from") + " ";
    return event.getString("action")
        + " "
        + event.getString("actor")
        + " "
        + from
        + "-> "
        + event.getString("to");
  }

  // --- what is published is what was approved ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"APPROVED", "SCHEDULED"})
  void editingAnApprovedOrScheduledColumnSendsItBackToDraft(String status) {
    JsonObject column = columns.inStatus(WRITER, status);

    JsonObject edited = columns.edit(column, WRITER, column.getString("title"), "<p>승인 뒤 고침</p>");

    assertEquals("DRAFT", edited.getString("status"));
    assertTrue(edited.isNull("publishAt"), () -> "the schedule is cancelled: " + edited);
    assertTrue(edited.isNull("live"), edited::toString);
    assertProblem(columns.transition(id(edited), "publish", PUBLISHER), 409, "DRAFT");
    assertProblem(
        columns.transition(id(edited), "schedule", PUBLISHER, ColumnsApi.laterSchedule(), null),
        409,
        "DRAFT");
  }

  @Test
  void editedScheduledColumnIsNotReleasedAtItsOldTime() throws InterruptedException {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    OffsetDateTime publishAt = ColumnsApi.seoulIn(2);
    column = columns.move(column, "schedule", PUBLISHER, ColumnsApi.schedule(publishAt, null));

    column = columns.edit(column, EDITOR, column.getString("title"), "<p>예약 뒤 고침</p>");

    long untilWellPast = Duration.between(Instant.now(), publishAt.toInstant()).toMillis() + 2_500;
    Thread.sleep(Math.max(0, untilWellPast));
    JsonObject later = columns.current(column);
    assertEquals("DRAFT", later.getString("status"), later::toString);
    assertTrue(later.isNull("live"), later::toString);
  }

  @Test
  void publishingReleasesOnlyTheApprovedRevision() {
    JsonObject column = columns.newDraft(WRITER, unique("승인본"), "<p>원래 문장</p>");
    column = columns.move(column, "submit", WRITER, null);
    // An editor's copy-edit while in review is what gets approved.
    column = columns.edit(column, EDITOR, column.getString("title"), "<p>교열된 문장</p>");
    assertEquals("IN_REVIEW", column.getString("status"));
    column = columns.move(column, "approve", "editor2", null);
    assertEquals(2, column.getInt("revision"));

    // Changed after approval: back to draft, nothing approved to publish.
    JsonObject changed = columns.edit(column, EDITOR, column.getString("title"), "<p>몰래 고침</p>");
    assertEquals("DRAFT", changed.getString("status"));
    assertProblem(columns.transition(id(changed), "publish", PUBLISHER), 409, "DRAFT");

    // Approved again and published: exactly the approved revision is live.
    changed = columns.edit(changed, EDITOR, changed.getString("title"), "<p>교열된 문장</p>");
    changed = columns.move(changed, "submit", WRITER, null);
    changed = columns.move(changed, "approve", "editor2", null);
    JsonObject published = columns.move(changed, "publish", PUBLISHER, null);
    assertEquals(4, published.getJsonObject("live").getInt("revision"));
    JsonObject later = columns.edit(published, WRITER, published.getString("title"), "<p>그 뒤</p>");
    assertEquals(5, later.getInt("revision"));
    assertEquals(4, later.getJsonObject("live").getInt("revision"));
    String page = columns.page(later.getJsonObject("live").getString("url")).body();
    assertTrue(page.contains("교열된 문장"), page);
    assertFalse(page.contains("그 뒤"), page);
    assertFalse(page.contains("몰래 고침"), page);
  }

  @Test
  void scheduledExpiryTakesTheColumnDownByItself() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    OffsetDateTime publishAt = ColumnsApi.seoulIn(2);
    OffsetDateTime unpublishAt = publishAt.plusSeconds(2);

    column =
        columns.move(column, "schedule", PUBLISHER, ColumnsApi.schedule(publishAt, unpublishAt));
    assertEquals(unpublishAt.toInstant(), instant(column, "unpublishAt"));

    JsonObject published =
        columns.await(
            column, now -> now.getString("status").equals("PUBLISHED"), Duration.ofSeconds(15));
    String url = published.getJsonObject("live").getString("url");
    JsonObject down =
        columns.await(
            column, now -> now.getString("status").equals("UNPUBLISHED"), Duration.ofSeconds(15));
    assertTrue(down.isNull("live"), down::toString);
    assertEquals(410, columns.page(url).status());

    JsonObject expiry =
        columns.audit(id(column)).stream()
            .filter(event -> event.getString("action").equals("UNPUBLISH"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no UNPUBLISH event"));
    assertEquals("scheduler", expiry.getString("actor"));
    assertEquals(unpublishAt.toInstant(), instant(expiry, "dueAt"));
    Duration late = Duration.between(unpublishAt.toInstant(), instant(expiry, "at"));
    assertFalse(late.isNegative(), expiry::toString);
    assertTrue(late.compareTo(Duration.ofSeconds(2)) < 0, expiry::toString);
  }

  @Test
  void unscheduledColumnIsApprovedAgainAndNotReleased() {
    JsonObject column = columns.inStatus(WRITER, "SCHEDULED");

    JsonObject unscheduled = columns.move(column, "unschedule", PUBLISHER, null);

    assertEquals("APPROVED", unscheduled.getString("status"));
    assertTrue(unscheduled.isNull("publishAt"), unscheduled::toString);
    JsonObject published = columns.move(unscheduled, "publish", PUBLISHER, null);
    assertEquals(1, published.getJsonObject("live").getInt("revision"));
  }

  @Test
  void unpublishingDuringACorrectionKeepsTheWorkingCopysStatus() {
    JsonObject column = columns.inStatus(WRITER, "PUBLISHED");
    String url = column.getJsonObject("live").getString("url");
    column = columns.edit(column, WRITER, column.getString("title"), "<p>정정 중</p>");
    assertEquals("DRAFT", column.getString("status"));

    JsonObject down = columns.move(column, "unpublish", PUBLISHER, null);

    assertEquals("DRAFT", down.getString("status"), "the correction keeps its status");
    assertTrue(down.isNull("live"), down::toString);
    assertEquals(410, columns.page(url).status());
  }

  @Test
  void scheduledColumnIsRescheduledOrPublishedAtOnce() {
    JsonObject column = columns.inStatus(WRITER, "SCHEDULED");
    OffsetDateTime later = ColumnsApi.seoulIn(7200);

    JsonObject rescheduled =
        columns.move(column, "schedule", PUBLISHER, ColumnsApi.schedule(later, null));
    assertEquals("SCHEDULED", rescheduled.getString("status"));
    assertEquals(later.toInstant(), instant(rescheduled, "publishAt"));

    JsonObject published = columns.move(rescheduled, "publish", PUBLISHER, null);
    assertEquals("PUBLISHED", published.getString("status"));
    assertTrue(published.isNull("publishAt"), published::toString);
    assertEquals(1, published.getJsonObject("live").getInt("revision"));
  }

  @Test
  void listsFilterByStatusAuthorMagazineTagAndText() {
    String tag = unique("태그");
    String magazine =
        expect(
                api.post(
                    "api/v1/magazines",
                    EDITOR,
                    Json.createObjectBuilder().add("title", unique("목록 연재")).build().toString()),
                201)
            .getString("slug");
    String title = unique("목록 거르기");
    String json =
        draftBuilder(title, "<p>x</p>")
            .add("tags", array(tag))
            .add("magazine", magazine)
            .build()
            .toString();
    JsonObject byWriter = expect(columns.create(WRITER, json), 201);
    JsonObject byWriter2 = expect(columns.create("writer2", json), 201);
    columns.move(byWriter2, "submit", "writer2", null);
    String tagged = "tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);

    JsonObject all = expect(columns.list(tagged, EDITOR), 200);
    assertEquals(
        List.of("items", "page", "size", "total"), all.keySet().stream().sorted().toList());
    assertEquals(2, all.getInt("total"));
    assertEquals(Set.of(id(byWriter), id(byWriter2)), Set.copyOf(ids(all)));
    assertEquals(
        List.of(id(byWriter)), ids(expect(columns.list(tagged + "&author=writer", EDITOR), 200)));
    assertEquals(
        List.of(id(byWriter2)),
        ids(expect(columns.list(tagged + "&status=IN_REVIEW", EDITOR), 200)));
    assertEquals(
        Set.of(id(byWriter), id(byWriter2)),
        Set.copyOf(
            ids(
                expect(
                    columns.list(
                        "magazine=" + URLEncoder.encode(magazine, StandardCharsets.UTF_8), EDITOR),
                    200))));
    String words = title.substring(title.indexOf(' ') + 1); // "거르기 <suffix>"
    assertEquals(
        Set.of(id(byWriter), id(byWriter2)),
        Set.copyOf(
            ids(
                expect(
                    columns.list("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), EDITOR),
                    200))));
    JsonObject paged = expect(columns.list(tagged + "&size=1&page=1", EDITOR), 200);
    assertEquals(1, items(paged).size());
    assertEquals(2, paged.getInt("total"));
    assertEquals(1, paged.getInt("page"));
    assertEquals(1, paged.getInt("size"));
  }

  private static List<Long> ids(JsonObject page) {
    return items(page).stream().map(ColumnsApi::id).toList();
  }

  // --- magazines ---------------------------------------------------------------------------------

  @Test
  void editorFoundsAMagazineWithAKoreanSlugThatEveryoneSees() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "주간 테크 칼럼 " + suffix;
    Api.Answer founded =
        api.post(
            "api/v1/magazines",
            EDITOR,
            Json.createObjectBuilder()
                .add("title", title)
                .add("description", "한 주의 기술 이야기")
                .build()
                .toString());

    JsonObject magazine = expect(founded, 201);
    assertEquals("주간-테크-칼럼-" + suffix, magazine.getString("slug"));
    assertEquals(title, magazine.getString("title"));
    assertEquals("한 주의 기술 이야기", magazine.getString("description"));
    Api.Answer located = api.get(founded.header("Location"), null);
    assertEquals(200, located.status(), () -> "GET " + founded.header("Location") + ": " + located);
    assertEquals(magazine, located.json());

    assertTrue(
        anonymousMagazineList().contains(magazine),
        () -> magazine + " missing from the anonymous list");

    JsonObject column =
        expect(
            columns.create(
                WRITER,
                draftBuilder(unique("연재 1회"), "<p>연재 시작</p>")
                    .add("magazine", magazine.getString("slug"))
                    .build()
                    .toString()),
            201);
    assertEquals(magazine.getString("slug"), column.getString("magazine"));
    assertEquals(magazine.getString("slug"), columns.current(column).getString("magazine"));
  }

  @Test
  void columnInAnUnknownMagazineIsRefused() {
    Api.Answer refused =
        columns.create(
            WRITER,
            draftBuilder(unique("없는 연재"), "<p>x</p>").add("magazine", "없는-매거진").build().toString());

    assertProblem(refused, 400, "magazine");
  }

  private List<JsonObject> anonymousMagazineList() {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject answer = expect(api.get("api/v1/magazines?size=100&page=" + page, null), 200);
      all.addAll(items(answer));
      if (all.size() >= answer.getJsonNumber("total").longValue() || items(answer).isEmpty()) {
        return all;
      }
    }
  }

  private static List<String> strings(JsonObject json, String field) {
    return json.getJsonArray(field).stream()
        .map(value -> ((JsonString) value).getString())
        .toList();
  }
}
