package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.comment;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to a column, over real HTTP: every action against every kind of caller, the
 * four-eyes rule, what writers see, and the in-review rules. Each case uses a fresh column written
 * by {@code writer}, brought to the status the action needs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ColumnAccessIT {

  private static final String CALLERS = "writer writer2 editor editor2 publisher admin anonymous";

  /**
   * The contract's role matrix. {@code writer} is the author of every column; {@code writer2} is
   * another writer, for whom an unpublished column does not exist (404).
   */
  private static final String MATRIX =
      """
      action           writer writer2 editor editor2 publisher admin anonymous
      create           201    201     201    201     403       403   401
      list             200    200     200    200     200       200   401
      get              200    404     200    200     200       200   401
      put              200    404     200    200     403       403   401
      submit           200    404     200    200     403       403   401
      withdraw         200    404     403    403     403       403   401
      approve          403    403     200    200     403       403   401
      request-changes  403    403     200    200     403       403   401
      schedule         403    403     403    403     200       403   401
      unschedule       403    403     403    403     200       403   401
      publish          403    403     403    403     200       403   401
      unpublish        403    403     403    403     200       403   401
      revisions        200    404     200    200     200       200   401
      revision         200    404     200    200     200       200   401
      diff             200    404     200    200     200       200   401
      restore          200    404     200    200     403       403   401
      comments-get     200    404     200    200     403       403   401
      comments-post    201    404     201    201     403       403   401
      audit            403    403     200    200     403       200   401
      magazines-get    200    200     200    200     200       200   200
      magazines-post   403    403     201    201     403       201   401
      """;

  /** The status a column needs for the action to be allowed, and the status it moves to. */
  private static final Map<String, String[]> TRANSITIONS =
      Map.of(
          "submit", new String[] {"DRAFT", "IN_REVIEW"},
          "withdraw", new String[] {"IN_REVIEW", "DRAFT"},
          "approve", new String[] {"IN_REVIEW", "APPROVED"},
          "request-changes", new String[] {"IN_REVIEW", "CHANGES_REQUESTED"},
          "schedule", new String[] {"APPROVED", "SCHEDULED"},
          "unschedule", new String[] {"SCHEDULED", "APPROVED"},
          "publish", new String[] {"APPROVED", "PUBLISHED"},
          "unpublish", new String[] {"PUBLISHED", "UNPUBLISHED"});

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  static Stream<Arguments> matrix() {
    List<String> callers = List.of(CALLERS.split(" "));
    return MATRIX
        .lines()
        .skip(1)
        .filter(line -> !line.isBlank())
        .flatMap(
            line -> {
              String[] cells = line.strip().split("\\s+");
              return Stream.iterate(0, i -> i < callers.size(), i -> i + 1)
                  .map(i -> Arguments.of(cells[0], callers.get(i), Integer.parseInt(cells[i + 1])));
            });
  }

  @ParameterizedTest(name = "{0} by {1} → {2}")
  @MethodSource("matrix")
  void everyRoleGetsExactlyTheContractsAnswer(String action, String caller, int expected) {
    String user = caller.equals("anonymous") ? null : caller;
    JsonObject column = prepare(action);

    Api.Answer answer = perform(action, user, column);

    assertEquals(expected, answer.status(), () -> action + " by " + caller + ": " + answer);
    if (expected == 401) {
      assertProblem(answer, 401, "");
      assertEquals("Basic realm=\"column-desk\"", answer.header("WWW-Authenticate"));
    } else if (expected >= 400) {
      assertProblem(answer, expected, "");
    } else {
      assertTrue(answer.header("Content-Type").startsWith("application/json"), answer::toString);
    }
    String[] transition = TRANSITIONS.get(action);
    if (transition != null) {
      String now = columns.current(column).getString("status");
      assertEquals(expected == 200 ? transition[1] : transition[0], now, "status afterwards");
    }
  }

  /**
   * A fresh column by {@code writer} in the status the action needs, or null when it needs none.
   */
  private JsonObject prepare(String action) {
    String[] transition = TRANSITIONS.get(action);
    if (transition != null) {
      return columns.inStatus(WRITER, transition[0]);
    }
    return switch (action) {
      case "create", "list", "magazines-get", "magazines-post" -> null;
      case "diff", "restore" -> {
        JsonObject column = columns.newDraft(WRITER, unique("두 판"), "<p>첫 판</p>");
        yield columns.edit(column, WRITER, column.getString("title"), "<p>둘째 판</p>");
      }
      default -> columns.newDraft(WRITER, unique("권한 " + action));
    };
  }

  private Api.Answer perform(String action, String user, JsonObject column) {
    long id = column == null ? 0 : id(column);
    return switch (action) {
      case "create" -> columns.create(user, ColumnsApi.draft(unique("새 칼럼"), "<p>본문</p>"));
      case "list" -> columns.list("size=5", user);
      case "get" -> columns.get(id, user);
      case "put" ->
          columns.put(
              id, user, etagOf(column), ColumnsApi.draft(column.getString("title"), "<p>고침</p>"));
      case "approve", "request-changes" ->
          columns.transition(id, action, user, comment("검토 의견"), null);
      case "schedule" -> columns.transition(id, action, user, ColumnsApi.laterSchedule(), null);
      case "submit", "withdraw", "unschedule", "publish", "unpublish" ->
          columns.transition(id, action, user);
      case "revisions" -> columns.revisions(id, user);
      case "revision" -> columns.revision(id, 1, user);
      case "diff" -> columns.diff(id, 1, 2, user);
      case "restore" -> columns.restore(id, 1, user, etagOf(column));
      case "comments-get" -> columns.comments(id, user);
      case "comments-post" -> columns.addComment(id, user, "한마디", null);
      case "audit" -> api.get("api/v1/audit?column=" + id, user);
      case "magazines-get" -> api.get("api/v1/magazines", user);
      case "magazines-post" ->
          api.post(
              "api/v1/magazines",
              user,
              Json.createObjectBuilder().add("title", unique("권한 매거진")).build().toString());
      default -> throw new IllegalArgumentException(action);
    };
  }

  // --- four eyes ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"approve", "request-changes"})
  void editorCannotDecideOnAColumnTheyWrote(String decision) {
    JsonObject own = columns.inStatus(EDITOR, "IN_REVIEW");

    Api.Answer refused = columns.transition(id(own), decision, EDITOR, comment("셀프 검토"), null);

    assertProblem(refused, 403, "wrote");
    assertEquals("IN_REVIEW", columns.current(own).getString("status"));
    Api.Answer other = columns.transition(id(own), decision, "editor2", comment("다른 눈"), null);
    assertEquals(200, other.status(), other::toString);
  }

  @Test
  void editorMayStillEditAndSubmitTheirOwnColumn() {
    JsonObject own = columns.newDraft(EDITOR, unique("편집자의 글"));

    JsonObject edited = columns.edit(own, EDITOR, own.getString("title"), "<p>편집자가 고침</p>");
    JsonObject submitted = columns.move(edited, "submit", EDITOR, null);

    assertEquals("IN_REVIEW", submitted.getString("status"));
  }

  // --- what writers see --------------------------------------------------------------------------

  @Test
  void writersListTheirOwnColumnsAndLiveOnesOnly() {
    String title = unique("목록 확인");
    JsonObject draft = columns.newDraft(WRITER, title);
    String query = "q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);

    assertEquals(List.of(id(draft)), ids(expect(columns.list(query, WRITER), 200)));
    assertEquals(List.of(id(draft)), ids(expect(columns.list(query, EDITOR), 200)));
    JsonObject hidden = expect(columns.list(query, "writer2"), 200);
    assertEquals(List.of(), ids(hidden));
    assertEquals(0, hidden.getInt("total"), "not even counted");

    JsonObject approved =
        columns.move(columns.move(draft, "submit", WRITER, null), "approve", EDITOR, null);
    columns.move(approved, "publish", PUBLISHER, null);

    assertEquals(List.of(id(draft)), ids(expect(columns.list(query, "writer2"), 200)));
    assertEquals(200, columns.get(id(draft), "writer2").status());
  }

  @Test
  void anotherWritersDraftIsNotFoundExactlyLikeAColumnThatDoesNotExist() {
    JsonObject draft = columns.newDraft(WRITER, unique("비밀 초안"));
    long unknown = id(draft) + 1_000_000;

    Api.Answer hidden = columns.get(id(draft), "writer2");
    Api.Answer missing = columns.get(unknown, "writer2");

    assertProblem(hidden, 404, String.valueOf(id(draft)));
    assertProblem(missing, 404, String.valueOf(unknown));
    assertEquals(
        hidden.json().getString("detail").replace(String.valueOf(id(draft)), "N"),
        missing.json().getString("detail").replace(String.valueOf(unknown), "N"));
    assertFalse(hidden.body().contains(draft.getString("title")), hidden::body);
  }

  @Test
  void anotherWriterReadsALiveColumnButNeitherChangesNorReviewsIt() {
    JsonObject live = columns.inStatus(WRITER, "PUBLISHED");

    assertEquals(200, columns.get(id(live), "writer2").status());
    assertProblem(
        columns.put(id(live), "writer2", etagOf(live), ColumnsApi.draft("가로채기", "<p>x</p>")),
        403,
        "");
    assertProblem(columns.comments(id(live), "writer2"), 403, "");
    assertProblem(columns.addComment(id(live), "writer2", "끼어들기", null), 403, "");
    assertEquals("PUBLISHED", columns.current(live).getString("status"));
  }

  @Test
  void anotherWriterNeverSeesTheUnpublishedCorrectionOfALiveColumn() {
    JsonObject live = columns.inStatus(WRITER, "PUBLISHED");
    String secret = "미공개정정" + id(live);
    columns.edit(live, WRITER, live.getString("title") + " " + secret, "<p>" + secret + "</p>");

    Api.Answer seen = columns.get(id(live), "writer2");

    // WRITERs see only their own unpublished work (product.md); the correction is unpublished.
    assertFalse(
        seen.status() == 200 && seen.body().contains(secret),
        () -> "writer2 reads writer's unpublished correction: " + seen);
    assertProblem(columns.revisions(id(live), "writer2"), 403, "");
  }

  // --- in review ---------------------------------------------------------------------------------

  @Test
  void authorCannotEditOrSubmitWhileInReview() {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");

    assertProblem(
        columns.put(id(column), WRITER, etagOf(column), ColumnsApi.draft("검토 중 고침", "<p>x</p>")),
        409,
        "withdraw");
    assertProblem(columns.transition(id(column), "submit", WRITER), 409, "IN_REVIEW");
    JsonObject unchanged = columns.current(column);
    assertEquals("IN_REVIEW", unchanged.getString("status"));
    assertEquals(1, unchanged.getInt("revision"));
  }

  @Test
  void authorWithdrawsThenEditsAndSubmitsAgain() {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");

    JsonObject withdrawn = columns.move(column, "withdraw", WRITER, null);
    assertEquals("DRAFT", withdrawn.getString("status"));
    JsonObject edited = columns.edit(withdrawn, WRITER, withdrawn.getString("title"), "<p>다시</p>");
    assertEquals(2, edited.getInt("revision"));
    assertEquals("IN_REVIEW", columns.move(edited, "submit", WRITER, null).getString("status"));
  }

  @Test
  void editorCopyEditsInReviewAndTheColumnStaysInReview() {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");

    JsonObject edited = columns.edit(column, EDITOR, column.getString("title"), "<p>교열</p>");

    assertEquals("IN_REVIEW", edited.getString("status"));
    assertEquals(2, edited.getInt("revision"));
    List<JsonObject> revisions = items(expect(columns.revisions(id(column), WRITER), 200));
    assertEquals(EDITOR, revisions.get(0).getString("by"));
  }

  @Test
  void publisherSeesEveryColumnButCannotEditIt() {
    JsonObject draft = columns.newDraft(WRITER, unique("발행인 열람"));

    assertEquals(200, columns.get(id(draft), PUBLISHER).status());
    assertProblem(
        columns.put(id(draft), PUBLISHER, etagOf(draft), ColumnsApi.draft("x", "<p>x</p>")),
        403,
        "");
  }

  @Test
  void contentSaveCannotSetStatusAuthorOrLive() {
    JsonObject column = columns.newDraft(WRITER, unique("필드 위조"));
    String forged =
        Json.createObjectBuilder()
            .add("title", column.getString("title"))
            .add("body", "<p>위조 시도</p>")
            .add("status", "PUBLISHED")
            .add("approvedRevision", 2)
            .add("author", Json.createObjectBuilder().add("username", "editor"))
            .add("live", Json.createObjectBuilder().add("revision", 2))
            .add("version", 999)
            .build()
            .toString();

    JsonObject saved = expect(columns.put(id(column), WRITER, etagOf(column), forged), 200);

    assertEquals("DRAFT", saved.getString("status"));
    assertEquals(WRITER, saved.getJsonObject("author").getString("username"));
    assertTrue(saved.isNull("live"), saved::toString);
    assertEquals(404, columns.page(ColumnsApi.pagePathOf(saved.getString("slug"))).status());
  }

  private static List<Long> ids(JsonObject page) {
    return items(page).stream().map(ColumnsApi::id).toList();
  }
}
