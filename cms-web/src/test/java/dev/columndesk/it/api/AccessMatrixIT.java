package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.comment;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole access policy of a column over real HTTP: every actor against every call, on a column
 * in each status. {@link ColumnAccessIT} checks each call once in the status it needs; this matrix
 * adds the statuses where the call does not fit, the editor who wrote the column (four eyes), and
 * proves that a refused call changed nothing: the column's JSON (version included), its revisions
 * and its audit trail are the same afterwards. It also covers mass assignment of fields nobody may
 * set by sending them, and other people's ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  /**
   * The actors. {@code author} is {@code writer}, who wrote the column; {@code writer2} is another
   * writer; {@code own-editor} is {@code editor2} on a column editor2 wrote (then {@code editor}
   * reviews it); the others are callers on writer's column.
   */
  private static final String ACTORS = "author writer2 editor own-editor publisher admin anonymous";

  /**
   * One table per status of the column. 2xx means the call went through (a transition then moved
   * the column on); 401 nobody signed in; 403 the role, ownership or four-eyes rule refuses; 404
   * the caller may not know the column exists; 409 the call does not fit the status.
   */
  private static final String POLICY =
      """
      DRAFT            author writer2 editor own-editor publisher admin anonymous
        get              200    404     200    200        200       200   401
        put              200    404     200    200        403       403   401
        submit           200    404     200    200        403       403   401
        withdraw         409    404     403    409        403       403   401
        approve          403    403     409    403        403       403   401
        request-changes  403    403     409    403        403       403   401
        schedule         403    403     403    403        409       403   401
        unschedule       403    403     403    403        409       403   401
        publish          403    403     403    403        409       403   401
        unpublish        403    403     403    403        409       403   401
        revisions        200    404     200    200        200       200   401
        restore          200    404     200    200        403       403   401
        comments-get     200    404     200    200        403       403   401
        comments-post    201    404     201    201        403       403   401

      IN_REVIEW        author writer2 editor own-editor publisher admin anonymous
        get              200    404     200    200        200       200   401
        put              409    404     200    409        403       403   401
        submit           409    404     409    409        403       403   401
        withdraw         200    404     403    200        403       403   401
        approve          403    403     200    403        403       403   401
        request-changes  403    403     200    403        403       403   401
        schedule         403    403     403    403        409       403   401
        unschedule       403    403     403    403        409       403   401
        publish          403    403     403    403        409       403   401
        unpublish        403    403     403    403        409       403   401
        revisions        200    404     200    200        200       200   401
        restore          409    404     200    409        403       403   401
        comments-get     200    404     200    200        403       403   401
        comments-post    201    404     201    201        403       403   401

      APPROVED         author writer2 editor own-editor publisher admin anonymous
        get              200    404     200    200        200       200   401
        put              200    404     200    200        403       403   401
        submit           409    404     409    409        403       403   401
        withdraw         409    404     403    409        403       403   401
        approve          403    403     409    403        403       403   401
        request-changes  403    403     409    403        403       403   401
        schedule         403    403     403    403        200       403   401
        unschedule       403    403     403    403        409       403   401
        publish          403    403     403    403        200       403   401
        unpublish        403    403     403    403        409       403   401
        revisions        200    404     200    200        200       200   401
        restore          200    404     200    200        403       403   401
        comments-get     200    404     200    200        403       403   401
        comments-post    201    404     201    201        403       403   401

      SCHEDULED        author writer2 editor own-editor publisher admin anonymous
        get              200    404     200    200        200       200   401
        put              200    404     200    200        403       403   401
        submit           409    404     409    409        403       403   401
        withdraw         409    404     403    409        403       403   401
        approve          403    403     409    403        403       403   401
        request-changes  403    403     409    403        403       403   401
        schedule         403    403     403    403        200       403   401
        unschedule       403    403     403    403        200       403   401
        publish          403    403     403    403        200       403   401
        unpublish        403    403     403    403        409       403   401
        revisions        200    404     200    200        200       200   401
        restore          200    404     200    200        403       403   401
        comments-get     200    404     200    200        403       403   401
        comments-post    201    404     201    201        403       403   401

      PUBLISHED        author writer2 editor own-editor publisher admin anonymous
        get              200    200     200    200        200       200   401
        put              200    403     200    200        403       403   401
        submit           409    403     409    409        403       403   401
        withdraw         409    403     403    409        403       403   401
        approve          403    403     409    403        403       403   401
        request-changes  403    403     409    403        403       403   401
        schedule         403    403     403    403        409       403   401
        unschedule       403    403     403    403        409       403   401
        publish          403    403     403    403        409       403   401
        unpublish        403    403     403    403        200       403   401
        revisions        200    403     200    200        200       200   401
        restore          200    403     200    200        403       403   401
        comments-get     200    403     200    200        403       403   401
        comments-post    201    403     201    201        403       403   401

      UNPUBLISHED      author writer2 editor own-editor publisher admin anonymous
        get              200    404     200    200        200       200   401
        put              200    404     200    200        403       403   401
        submit           409    404     409    409        403       403   401
        withdraw         409    404     403    409        403       403   401
        approve          403    403     409    403        403       403   401
        request-changes  403    403     409    403        403       403   401
        schedule         403    403     403    403        409       403   401
        unschedule       403    403     403    403        409       403   401
        publish          403    403     403    403        409       403   401
        unpublish        403    403     403    403        409       403   401
        revisions        200    404     200    200        200       200   401
        restore          200    404     200    200        403       403   401
        comments-get     200    404     200    200        403       403   401
        comments-post    201    404     201    201        403       403   401
      """;

  /** Where a transition that goes through leaves the column, by the status it started in. */
  private static final Map<String, String> MOVES =
      Map.of(
          "submit", "IN_REVIEW",
          "withdraw", "DRAFT",
          "approve", "APPROVED",
          "request-changes", "CHANGES_REQUESTED",
          "schedule", "SCHEDULED",
          "unschedule", "APPROVED",
          "publish", "PUBLISHED",
          "unpublish", "UNPUBLISHED");

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  static Stream<Arguments> policy() {
    List<String> actors = List.of(ACTORS.split(" "));
    Stream.Builder<Arguments> cells = Stream.builder();
    String status = null;
    for (String line : POLICY.lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      String[] words = line.strip().split("\\s+");
      if (!line.startsWith(" ")) {
        status = words[0];
        continue;
      }
      for (int i = 0; i < actors.size(); i++) {
        cells.add(Arguments.of(status, words[0], actors.get(i), Integer.parseInt(words[i + 1])));
      }
    }
    return cells.build();
  }

  @ParameterizedTest(name = "{0}: {1} by {2} → {3}")
  @MethodSource("policy")
  void everyActorGetsThePolicysAnswerInEveryStatus(
      String status, String action, String actor, int expected) {
    String author = actor.equals("own-editor") ? "editor2" : WRITER;
    String caller =
        switch (actor) {
          case "author" -> WRITER;
          case "own-editor" -> "editor2";
          case "anonymous" -> null;
          default -> actor;
        };
    JsonObject column = inStatus(author, status);
    String before = snapshot(column);

    Api.Answer answer = perform(action, caller, column);

    assertEquals(expected, answer.status(), () -> action + " by " + actor + ": " + answer);
    if (expected >= 400) {
      assertProblem(answer, expected, "");
      if (expected == 401) {
        assertEquals("Basic realm=\"column-desk\"", answer.header("WWW-Authenticate"));
      }
      assertEquals(before, snapshot(column), "a refused call changes nothing");
    } else if (MOVES.containsKey(action)) {
      assertEquals(MOVES.get(action), columns.current(column).getString("status"));
    }
    if (expected == 404 || expected == 401) {
      assertFalse(answer.body().contains(column.getString("title")), "nothing leaks");
    }
  }

  /** A column by {@code author} with two revisions, brought to {@code status}. */
  private JsonObject inStatus(String author, String status) {
    JsonObject column = columns.newDraft(author, unique("권한표 " + status), "<p>첫 판</p>");
    column = columns.edit(column, author, column.getString("title"), "<p>둘째 판</p>");
    if (status.equals("DRAFT")) {
      return column;
    }
    column = columns.move(column, "submit", author, null);
    if (status.equals("IN_REVIEW")) {
      return column;
    }
    column = columns.move(column, "approve", ColumnsApi.reviewerFor(author), null);
    return switch (status) {
      case "APPROVED" -> column;
      case "SCHEDULED" -> columns.move(column, "schedule", PUBLISHER, ColumnsApi.laterSchedule());
      case "PUBLISHED" -> columns.move(column, "publish", PUBLISHER, null);
      case "UNPUBLISHED" ->
          columns.move(
              columns.move(column, "publish", PUBLISHER, null), "unpublish", PUBLISHER, null);
      default -> throw new IllegalArgumentException(status);
    };
  }

  private Api.Answer perform(String action, String user, JsonObject column) {
    long id = id(column);
    return switch (action) {
      case "get" -> columns.get(id, user);
      case "put" ->
          columns.put(
              id, user, etagOf(column), ColumnsApi.draft(column.getString("title"), "<p>셋째</p>"));
      case "approve", "request-changes" ->
          columns.transition(id, action, user, comment("검토 의견"), null);
      case "schedule" -> columns.transition(id, action, user, ColumnsApi.laterSchedule(), null);
      case "revisions" -> columns.revisions(id, user);
      case "restore" -> columns.restore(id, 1, user, etagOf(column));
      case "comments-get" -> columns.comments(id, user);
      case "comments-post" -> columns.addComment(id, user, "한마디", null);
      default -> columns.transition(id, action, user);
    };
  }

  /** What a call could change, read by the editor: the column, its revisions and audit trail. */
  private String snapshot(JsonObject column) {
    long id = id(column);
    return expect(columns.get(id, EDITOR), 200)
        + "\n"
        + expect(columns.revisions(id, EDITOR), 200)
        + "\n"
        + expect(columns.comments(id, EDITOR), 200).getInt("total")
        + "\n"
        + columns.audit(id);
  }

  // --- other people's ids
  // --------------------------------------------------------------------------

  /** Every call with a column id in its path, as another writer makes it. */
  static Stream<String> everyCallOnAColumn() {
    return Stream.of(
        "GET ",
        "PUT ",
        "GET /revisions",
        "GET /revisions/1",
        "POST /revisions/1/restore",
        "GET /diff?from=1&to=2",
        "GET /comments",
        "POST /comments",
        "POST /submit",
        "POST /withdraw");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCallOnAColumn")
  void anotherWritersDraftIsNotFoundAtEveryCallAndNothingChanges(String call) {
    JsonObject draft = inStatus(WRITER, "DRAFT");
    String before = snapshot(draft);
    String[] parts = call.split(" ", 2);
    String path = ColumnsApi.COLUMNS + "/" + id(draft) + parts[1];
    String body =
        parts[1].equals("/comments")
            ? Json.createObjectBuilder().add("text", "몰래").build().toString()
            : ColumnsApi.draft("가로챈 제목", "<p>가로챔</p>");

    Api.Answer answer =
        switch (parts[0]) {
          case "GET" -> api.get(path, "writer2");
          case "PUT" -> columns.put(id(draft), "writer2", etagOf(draft), body);
          default -> columns.post(path, "writer2", body, etagOf(draft));
        };

    assertProblem(answer, 404, "");
    assertFalse(answer.body().contains(draft.getString("title")), "nothing leaks");
    Api.Answer unknown =
        switch (parts[0]) {
          case "GET" -> api.get(ColumnsApi.COLUMNS + "/999999999" + parts[1], "writer2");
          case "PUT" -> columns.put(999999999, "writer2", etagOf(draft), body);
          default ->
              columns.post(
                  ColumnsApi.COLUMNS + "/999999999" + parts[1], "writer2", body, etagOf(draft));
        };
    assertEquals(
        answer.json().getString("detail").replace(Long.toString(id(draft)), "N"),
        unknown.json().getString("detail").replace("999999999", "N"),
        "indistinguishable from a column that does not exist");
    assertEquals(before, snapshot(draft));
  }

  // --- mass assignment
  // -----------------------------------------------------------------------------

  /** Fields only the workflow sets, sent in a column's body. */
  private static JsonObject forgedColumnFields(String title) {
    return ColumnsApi.draftBuilder(title, "<p>위조</p>")
        .add("id", 1)
        .add("status", "PUBLISHED")
        .add("version", 99)
        .add("revision", 42)
        .add("author", Json.createObjectBuilder().add("username", EDITOR))
        .add(
            "live",
            Json.createObjectBuilder()
                .add("revision", 1)
                .add("publishedAt", "2020-01-01T00:00:00Z"))
        .add("approvedRevision", 1)
        .add("publishAt", "2020-01-01T00:00:00Z")
        .add("publishedAt", "2020-01-01T00:00:00Z")
        .add("createdAt", "2020-01-01T00:00:00Z")
        .add("updatedAt", "2020-01-01T00:00:00Z")
        .build();
  }

  @Test
  void workflowFieldsInANewColumnAreIgnored() {
    String title = unique("몰래 발행");

    JsonObject created = expect(columns.create(WRITER, forgedColumnFields(title).toString()), 201);

    assertEquals("DRAFT", created.getString("status"));
    assertEquals(WRITER, created.getJsonObject("author").getString("username"));
    assertTrue(created.isNull("live"));
    assertTrue(created.isNull("publishAt"));
    assertEquals(1, created.getInt("revision"));
    assertFalse(created.getString("updatedAt").startsWith("2020"));
    assertEquals(404, columns.page(ColumnsApi.pagePathOf(created.getString("slug"))).status());
    assertEquals(
        "CREATE", columns.audit(id(created)).get(0).getString("action"), "only a creation");
    assertEquals(1, columns.audit(id(created)).size());
  }

  @Test
  void workflowFieldsInASaveOfAnApprovedColumnAreIgnored() {
    JsonObject approved = inStatus(WRITER, "APPROVED");

    JsonObject saved =
        expect(
            columns.put(
                id(approved),
                WRITER,
                etagOf(approved),
                forgedColumnFields(approved.getString("title")).toString()),
            200);

    assertEquals("DRAFT", saved.getString("status"), "a change goes back to draft");
    assertEquals(approved.getInt("version") + 1, saved.getInt("version"));
    assertEquals(3, saved.getInt("revision"));
    assertTrue(saved.isNull("live"));
    assertEquals(409, columns.transition(id(saved), "publish", PUBLISHER).status());
  }

  @Test
  void anotherAuthorsIdInACommentBodyIsIgnored() {
    JsonObject draft = inStatus(WRITER, "DRAFT");
    String forged =
        Json.createObjectBuilder()
            .add("text", "제 의견")
            .add("author", Json.createObjectBuilder().add("username", EDITOR))
            .add("id", 1)
            .add("revision", 99)
            .add("createdAt", "2020-01-01T00:00:00Z")
            .build()
            .toString();

    JsonObject added =
        expect(api.post(ColumnsApi.COLUMNS + "/" + id(draft) + "/comments", WRITER, forged), 201);

    assertEquals(WRITER, added.getJsonObject("author").getString("username"));
    assertEquals(2, added.getInt("revision"));
    assertFalse(added.getString("createdAt").startsWith("2020"));
  }

  @Test
  void rolesUsernameAndStateSentToMeAreIgnored() {
    String username = "ma-" + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "권한 없는 사람", Api.DEMO_PASSWORD, "WRITER");
    String forged =
        Json.createObjectBuilder()
            .add("displayName", "새 이름")
            .add("roles", ColumnsApi.array("ADMIN", "PUBLISHER"))
            .add("username", "admin")
            .add("enabled", false)
            .add("password", "a brand new password")
            .add("passwordHash", "x")
            .add("createdAt", "2020-01-01T00:00:00Z")
            .build()
            .toString();

    Api.Answer changed = api.patch("api/v1/me", username, forged);

    assertEquals(200, changed.status(), changed::toString);
    JsonObject me = expect(api.get("api/v1/me", username), 200);
    assertEquals(username, me.getString("username"));
    assertEquals("새 이름", me.getString("displayName"));
    assertEquals("[\"WRITER\"]", me.getJsonArray("roles").toString());
    assertTrue(me.getBoolean("enabled"));
    assertFalse(me.getString("createdAt").startsWith("2020"));
    assertEquals(403, api.get("api/v1/accounts", username).status(), "still no admin");
    assertEquals(401, api.get("api/v1/me", username, "a brand new password").status());
  }

  @Test
  void anAccountOpenedWithStateFieldsGetsOnlyWhatTheContractLetsTheAdminSet() {
    String username = "mo-" + UUID.randomUUID().toString().substring(0, 8);
    String forged =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "열린 계정")
            .add("password", Api.DEMO_PASSWORD)
            .add("roles", ColumnsApi.array("WRITER"))
            .add("createdAt", "2020-01-01T00:00:00Z")
            .add("passwordHash", "PBKDF2WithHmacSHA512:1:AAAA:AAAA")
            .add("id", 1)
            .add("version", 7)
            .build()
            .toString();

    JsonObject opened = expect(api.post("api/v1/accounts", "admin", forged), 201);

    assertFalse(opened.getString("createdAt").startsWith("2020"));
    assertEquals(200, api.get("api/v1/me", username).status(), "the password sent is the one");
    JsonObject stored = expect(api.get("api/v1/accounts/" + username, "admin"), 200);
    assertEquals("[\"WRITER\"]", stored.getJsonArray("roles").toString());
    assertTrue(stored.getBoolean("enabled"));
  }

  @Test
  void aWriterCannotChangeTheirOwnRolesThroughTheAccountsCall() {
    Api.Answer refused = api.patch("api/v1/accounts/writer", WRITER, "{\"roles\": [\"ADMIN\"]}");

    assertProblem(refused, 403, "");
    assertEquals(
        "[\"WRITER\"]", expect(api.get("api/v1/me", WRITER), 200).getJsonArray("roles").toString());
    assertProblem(
        api.post(
            "api/v1/accounts",
            EDITOR,
            "{\"username\": \"sneaky\", \"displayName\": \"x\", \"password\": \"long enough pw\","
                + " \"roles\": [\"ADMIN\"]}"),
        403,
        "");
    assertEquals(404, api.get("api/v1/accounts/sneaky", "admin").status());
  }
}
