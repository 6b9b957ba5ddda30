package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error the contract names, over real HTTP: a problem document with the right status and a
 * detail that names the field or rule, never a 500 and never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ColumnErrorsIT {

  private static final String KOREAN = "가";

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  /** Asserts the problem and that its detail names every one of {@code words}. */
  private static JsonObject assertProblemNaming(Api.Answer answer, int status, String... words) {
    JsonObject problem = assertProblem(answer, status, words[0]);
    for (String word : words) {
      assertTrue(
          problem.getString("detail").contains(word),
          () -> "detail should name '" + word + "': " + problem);
    }
    return problem;
  }

  private Api.Answer schedule(JsonObject column, String json) {
    return columns.transition(id(column), "schedule", PUBLISHER, json, null);
  }

  // --- 400: the column's fields
  // --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\": ", "{\"title\": \"x\", \"body\": }", "<p>not json</p>"})
  void malformedJsonIsABadRequest(String body) {
    assertProblem(columns.create(WRITER, body), 400, "JSON");
  }

  @Test
  void missingTitleIsRefused() {
    assertProblemNaming(
        columns.create(WRITER, "{\"body\": \"<p>제목 없음</p>\"}"), 400, "title", "required");
    assertProblemNaming(columns.create(WRITER, ColumnsApi.draft("   ", "<p>x</p>")), 400, "title");
  }

  @Test
  void missingBodyIsRefused() {
    assertProblemNaming(columns.create(WRITER, "{\"title\": \"본문 없음\"}"), 400, "body", "required");
  }

  @ParameterizedTest(name = "{0} of {1} characters")
  @CsvSource({"title, 201, 200", "subtitle, 301, 300", "summary, 501, 500"})
  void textOverItsLimitIsRefusedNamingFieldAndLimit(String field, int length, String limit) {
    String json =
        draftBuilder(unique("제목"), "<p>본문</p>")
            .add(field, KOREAN.repeat(length))
            .build()
            .toString();

    assertProblemNaming(columns.create(WRITER, json), 400, field, limit);
  }

  @ParameterizedTest(name = "{0} of {1} characters")
  @CsvSource({"title, 200", "subtitle, 300", "summary, 500"})
  void textAtItsLimitIsAccepted(String field, int length) {
    String text = KOREAN.repeat(length - 8) + unique("").strip();
    String json = draftBuilder(unique("제목"), "<p>본문</p>").add(field, text).build().toString();

    JsonObject column = expect(columns.create(WRITER, json), 201);
    assertEquals(text, column.getString(field));
  }

  @ParameterizedTest(name = "{0} of {1} emoji")
  @CsvSource({"title, 200", "subtitle, 300", "summary, 500"})
  void limitsCountCharactersNotUtf16Units(String field, int length) {
    // An emoji is one character but two UTF-16 units: the limit is in characters.
    String text = "😀".repeat(length - 8) + unique("").strip();
    String json = draftBuilder(unique("이모지"), "<p>이모지</p>").add(field, text).build().toString();

    Api.Answer created = columns.create(WRITER, json);

    assertEquals(201, created.status(), created::toString);
    assertEquals(text, created.json().getString(field));
  }

  @Test
  void tagOfFortyEmojiIsWithinTheLimit() {
    String tag = "🏷".repeat(40);
    String json =
        draftBuilder(unique("이모지 태그"), "<p>x</p>")
            .add("tags", ColumnsApi.array(tag))
            .build()
            .toString();

    Api.Answer created = columns.create(WRITER, json);

    assertEquals(201, created.status(), created::toString);
    assertEquals(tag, created.json().getJsonArray("tags").getString(0));
  }

  @Test
  void elevenTagsAreTooMany() {
    JsonArrayBuilder tags = Json.createArrayBuilder();
    for (int i = 1; i <= 11; i++) {
      tags.add("태그" + i);
    }
    String json = draftBuilder("태그 많음", "<p>x</p>").add("tags", tags).build().toString();

    assertProblemNaming(columns.create(WRITER, json), 400, "tags", "10");
  }

  @Test
  void tagOfFortyOneCharactersIsTooLong() {
    String json =
        draftBuilder("긴 태그", "<p>x</p>")
            .add("tags", ColumnsApi.array(KOREAN.repeat(41)))
            .build()
            .toString();

    assertProblemNaming(columns.create(WRITER, json), 400, "tags", "40");
  }

  @Test
  void unknownMagazineIsABadRequest() {
    String json =
        draftBuilder(unique("잘못된 연재"), "<p>x</p>")
            .add("magazine", "no-such-magazine")
            .build()
            .toString();

    assertProblemNaming(columns.create(WRITER, json), 400, "magazine", "no-such-magazine");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"칼럼\"",
        "null",
        "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"tags\": \"칼럼\"}",
        "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"tags\": [\"a\", null]}",
        "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"tags\": [[\"a\"]]}",
        "{\"title\": {\"ko\": \"x\"}, \"body\": \"<p>x</p>\"}",
        "{\"title\": \"x\", \"body\": [\"<p>x</p>\"]}",
        "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"magazine\": 42.5}",
        "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"slug\": \"---\"}"
      })
  void oddColumnBodiesAreBadRequestsNeverServerErrors(String json) {
    assertProblem(columns.create(WRITER, json), 400, "");
  }

  // --- 400: transitions and queries
  // -----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {"tomorrow", "2026-13-01T09:00:00+09:00", "2026-12-01 09:00", "1700000000"})
  void badPublishAtFormatIsRefused(String publishAt) {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");

    assertProblemNaming(
        schedule(column, "{\"publishAt\": \"" + publishAt + "\"}"), 400, "publishAt");
    assertEquals("APPROVED", columns.current(column).getString("status"));
  }

  @Test
  void publishAtWithoutOffsetIsRefused() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");

    assertProblemNaming(
        schedule(column, "{\"publishAt\": \"2099-12-01T09:00:00\"}"), 400, "publishAt");
  }

  @Test
  void missingPublishAtIsRefused() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");

    assertProblemNaming(schedule(column, "{}"), 400, "publishAt");
  }

  @Test
  void publishAtInThePastIsRefused() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    OffsetDateTime past = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(1);

    assertProblemNaming(
        schedule(column, ColumnsApi.schedule(past, null)), 400, "publishAt", "future");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -60})
  void unpublishAtNotAfterPublishAtIsRefused(long secondsAfter) {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    OffsetDateTime publishAt = ColumnsApi.seoulIn(3600);

    Api.Answer refused =
        schedule(column, ColumnsApi.schedule(publishAt, publishAt.plusSeconds(secondsAfter)));

    assertProblemNaming(refused, 400, "unpublishAt", "publishAt");
    assertEquals("APPROVED", columns.current(column).getString("status"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{}", "{\"comment\": \"   \"}", "{\"comment\": null}"})
  void requestChangesWithoutACommentIsRefused(String body) {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");

    Api.Answer refused =
        columns.transition(
            id(column), "request-changes", EDITOR, body.isEmpty() ? null : body, null);

    assertProblemNaming(refused, 400, "comment", "required");
    assertEquals("IN_REVIEW", columns.current(column).getString("status"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"comment\": 5}", "{\"comment\": [\"a\"]}", "not json", "[1]"})
  void badTransitionBodiesAreBadRequests(String body) {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");

    assertProblem(columns.transition(id(column), "approve", EDITOR, body, null), 400, "");
    assertEquals("IN_REVIEW", columns.current(column).getString("status"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "size=101 | size",
        "size=0 | size",
        "page=-1 | page",
        "status=NOPE | NOPE",
        "status=DRAFT,NOPE | NOPE"
      })
  void badListQueriesAreRefusedNamingTheParameter(String query, String mentions) {
    assertProblem(columns.list(query, EDITOR), 400, mentions.strip());
  }

  @Test
  void listOfAHundredIsTheMost() {
    JsonObject page = expect(columns.list("size=100", EDITOR), 200);

    assertEquals(100, page.getInt("size"));
    assertEquals(0, page.getInt("page"));
    assertTrue(page.containsKey("total"), page::toString);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"from=1 | to", "to=1 | from", "from=one&to=1 | from"})
  void diffNeedsTwoRevisionNumbers(String query, String mentions) {
    JsonObject column = columns.newDraft(WRITER, unique("비교"));

    assertProblem(
        api.get("api/v1/columns/" + id(column) + "/diff?" + query, WRITER), 400, mentions.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"text\": \"  \"}", "{\"quote\": \"인용만\"}"})
  void commentWithoutTextIsRefused(String json) {
    JsonObject column = columns.newDraft(WRITER, unique("빈 댓글"));

    assertProblemNaming(
        api.post("api/v1/columns/" + id(column) + "/comments", WRITER, json), 400, "text");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"column=abc | column", "action=NOPE | NOPE", "since=yesterday | since"})
  void badAuditQueriesAreRefused(String query, String mentions) {
    assertProblem(api.get("api/v1/audit?" + query, EDITOR), 400, mentions.strip());
  }

  @Test
  void columnSentAsPlainTextIsUnsupported() {
    HttpRequest.Builder request =
        api.request(api.uri(ColumnsApi.COLUMNS), WRITER)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(ColumnsApi.draft("x", "<p>x</p>")));

    assertProblem(api.send(request), 415, "application/json");
  }

  @Test
  void publishAtBeyondAnyCalendarIsRefusedNotAServerError() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");

    Api.Answer answer = schedule(column, "{\"publishAt\": \"+999999999-12-31T23:59:59Z\"}");

    if (answer.status() == 200) {
      assertEquals("SCHEDULED", answer.json().getString("status"));
    } else {
      assertProblemNaming(answer, 400, "publishAt");
    }
  }

  // --- 404
  // -----------------------------------------------------------------------------------------

  @Test
  void unknownColumnIsNotFound() {
    long unknown = 9_000_000_000L;

    assertProblem(columns.get(unknown, EDITOR), 404, String.valueOf(unknown));
    assertProblem(columns.transition(unknown, "submit", WRITER), 404, String.valueOf(unknown));
    assertProblem(columns.revisions(unknown, EDITOR), 404, String.valueOf(unknown));
    assertProblem(
        columns.put(unknown, WRITER, "\"1\"", ColumnsApi.draft("x", "<p>x</p>")),
        404,
        String.valueOf(unknown));
  }

  @Test
  void unknownRevisionIsNotFound() {
    JsonObject column = columns.newDraft(WRITER, unique("판 없음"));

    assertProblemNaming(columns.revision(id(column), 99, WRITER), 404, "99");
    assertProblemNaming(columns.diff(id(column), 1, 99, WRITER), 404, "99");
    assertProblemNaming(columns.restore(id(column), 99, WRITER, etagOf(column)), 404, "99");
  }

  // --- 409: transitions not allowed from the current status
  // ---------------------------------------

  @ParameterizedTest(name = "{1} from {0}")
  @CsvSource({
    "DRAFT, schedule, publisher",
    "DRAFT, publish, publisher",
    "DRAFT, withdraw, writer",
    "DRAFT, approve, editor",
    "DRAFT, request-changes, editor",
    "DRAFT, unschedule, publisher",
    "DRAFT, unpublish, publisher",
    "IN_REVIEW, publish, publisher",
    "IN_REVIEW, schedule, publisher",
    "CHANGES_REQUESTED, approve, editor",
    "APPROVED, submit, writer",
    "APPROVED, approve, editor",
    "APPROVED, unschedule, publisher",
    "APPROVED, unpublish, publisher",
    "SCHEDULED, submit, writer",
    "PUBLISHED, publish, publisher",
    "PUBLISHED, submit, writer",
    "PUBLISHED, withdraw, writer",
    "UNPUBLISHED, unpublish, publisher",
    "UNPUBLISHED, publish, publisher"
  })
  void transitionFromAWrongStatusIsAConflict(String status, String action, String caller) {
    JsonObject column = columns.inStatus(WRITER, status);
    String body =
        switch (action) {
          case "schedule" -> ColumnsApi.laterSchedule();
          case "approve", "request-changes" -> ColumnsApi.comment("검토");
          default -> null;
        };

    Api.Answer refused = columns.transition(id(column), action, caller, body, null);

    assertProblem(refused, 409, status);
    JsonObject after = columns.current(column);
    assertEquals(status, after.getString("status"));
    assertEquals(column.getJsonNumber("version"), after.getJsonNumber("version"), "untouched");
  }

  // --- 412 and 428: optimistic locking
  // -------------------------------------------------------------

  @Test
  void staleIfMatchIsRefusedNamingWhoSavedAndWhen() {
    JsonObject original = columns.newDraft(WRITER, unique("동시 편집"));
    JsonObject writersSave =
        columns.edit(original, WRITER, original.getString("title"), "<p>작가가 먼저 저장</p>");

    Api.Answer stale =
        columns.put(
            id(original),
            EDITOR,
            etagOf(original),
            ColumnsApi.draft(original.getString("title"), "<p>편집자의 늦은 저장</p>"));

    JsonObject problem = assertProblem(stale, 412, "writer");
    String detail = problem.getString("detail");
    assertTrue(detail.contains("최칼럼"), () -> "display name of who saved: " + detail);
    assertTrue(
        detail.contains(writersSave.getString("updatedAt")), () -> "when they saved: " + detail);
    JsonObject after = columns.current(original);
    assertEquals(2, after.getInt("revision"), "nothing overwritten");
    assertEquals("<p>작가가 먼저 저장</p>", after.getString("body"));
  }

  @Test
  void staleIfMatchOnATransitionIsRefused() {
    JsonObject original = columns.newDraft(WRITER, unique("늦은 제출"));
    columns.edit(original, EDITOR, original.getString("title"), "<p>편집자 교열</p>");

    Api.Answer stale = columns.transition(id(original), "submit", WRITER, null, etagOf(original));

    assertProblem(stale, 412, "editor");
    assertEquals("DRAFT", columns.current(original).getString("status"));
  }

  @Test
  void currentIfMatchOnATransitionIsAccepted() {
    JsonObject column = columns.newDraft(WRITER, unique("맞는 버전"));

    Api.Answer submitted = columns.transition(id(column), "submit", WRITER, null, etagOf(column));

    JsonObject json = expect(submitted, 200);
    assertEquals("IN_REVIEW", json.getString("status"));
    assertEquals(etagOf(json), submitted.header("ETag"));
    assertNotEquals(etagOf(column), submitted.header("ETag"));
  }

  @Test
  void staleIfMatchOnRestoreIsRefused() {
    JsonObject original = columns.newDraft(WRITER, unique("늦은 복원"));
    columns.edit(original, WRITER, original.getString("title"), "<p>둘째</p>");

    assertProblem(columns.restore(id(original), 1, WRITER, etagOf(original)), 412, "writer");
  }

  @Test
  void concurrentSavesOfOneVersionLetExactlyOneThrough() {
    JsonObject column = columns.newDraft(WRITER, unique("동시 저장"));

    List<Api.Answer> answers =
        ColumnsApi.atOnce(
            4,
            i ->
                columns.put(
                    id(column),
                    i % 2 == 0 ? WRITER : EDITOR,
                    etagOf(column),
                    ColumnsApi.draft(column.getString("title"), "<p>동시 저장 " + i + "</p>")));

    assertEquals(
        List.of(200, 412, 412, 412),
        answers.stream().map(Api.Answer::status).sorted().toList(),
        answers::toString);
    answers.stream().filter(a -> a.status() != 200).forEach(a -> assertProblem(a, 412, ""));
    assertEquals(2, columns.current(column).getInt("revision"), "exactly one save made it");
  }

  @Test
  void concurrentPublishesReleaseTheColumnOnce() {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");

    List<Api.Answer> answers =
        ColumnsApi.atOnce(4, i -> columns.transition(id(column), "publish", PUBLISHER));

    assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
    answers.stream()
        .filter(a -> a.status() != 200)
        .forEach(
            a -> {
              assertTrue(a.status() == 409 || a.status() == 412, a::toString);
              assertProblem(a, a.status(), "");
            });
    assertEquals(
        1,
        columns.audit(id(column)).stream()
            .filter(event -> event.getString("action").equals("PUBLISH"))
            .count());
  }

  @Test
  void putWithoutIfMatchIsPreconditionRequired() {
    JsonObject column = columns.newDraft(WRITER, unique("조건 없음"));

    Api.Answer refused =
        columns.put(
            id(column), WRITER, null, ColumnsApi.draft(column.getString("title"), "<p>y</p>"));

    assertProblem(refused, 428, "If-Match");
    assertEquals(1, columns.current(column).getInt("revision"));
  }

  @Test
  void restoreWithoutIfMatchIsPreconditionRequired() {
    JsonObject column = columns.newDraft(WRITER, unique("복원 조건 없음"));
    column = columns.edit(column, WRITER, column.getString("title"), "<p>둘째</p>");

    assertProblem(columns.restore(id(column), 1, WRITER, null), 428, "If-Match");
    assertEquals(2, columns.current(column).getInt("revision"));
  }

  @Test
  void ifMatchThatIsNotAnETagIsABadRequest() {
    JsonObject column = columns.newDraft(WRITER, unique("이상한 태그"));

    assertProblem(
        columns.put(id(column), WRITER, "soon", ColumnsApi.draft("x", "<p>x</p>")),
        400,
        "If-Match");
  }

  // --- 413 and the body limit
  // ----------------------------------------------------------------------

  @Test
  void requestBodyOverTwoMebibytesIsTooLarge() {
    String json = ColumnsApi.draft(unique("너무 큼"), "<p>" + "a".repeat(2_200_000) + "</p>");

    assertProblem(columns.create(WRITER, json), 413, "2 MiB");
  }

  @Test
  void chunkedRequestBodyOverTwoMebibytesIsTooLarge() {
    byte[] json =
        ColumnsApi.draft(unique("청크"), "<p>" + "a".repeat(2_200_000) + "</p>")
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        api.request(api.uri(ColumnsApi.COLUMNS), WRITER)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));

    assertProblem(api.send(request), 413, "2 MiB");
  }

  @Test
  void bodyOverOneMebibyteAfterSanitizingIsRefused() {
    String paragraph = "<p>" + "abcdefghij".repeat(100) + "</p>";
    String body = paragraph.repeat(1_500); // about 1.5 MiB, all of it allowed HTML
    assertTrue(body.length() < 2 * 1024 * 1024 - 1000);

    assertProblemNaming(
        columns.create(WRITER, ColumnsApi.draft(unique("1.5 MiB"), body)), 400, "body", "1 MiB");
  }

  @Test
  void largeBodyThatSanitizesUnderOneMebibyteIsAccepted() {
    String script = "<script>" + "x".repeat(800_000) + "</script>";
    String body = script + "<p>" + "가".repeat(100_000) + "</p>"; // 1.1 MiB in, 0.3 MiB out

    Api.Answer created = columns.create(WRITER, ColumnsApi.draft(unique("정리 후 작음"), body));

    JsonObject column = expect(created, 201);
    assertFalse(column.getString("body").contains("xxxx"), "the script went");
    assertTrue(column.getString("body").contains("가".repeat(1000)), "the text stayed");
  }
}
