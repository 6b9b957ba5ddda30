package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input thrown at every API call that reads a body or a query: broken JSON and bytes, huge and
 * deep bodies, wrong types, control characters, lone surrogates, overlong fields, bad numbers and
 * instants. Every answer must be a 4xx problem document that says what was wrong, never a 500 or a
 * trace, and a refused write must leave nothing behind: the snapshot of what the call could have
 * changed (the column's version, revisions, comments and audit trail; the magazines; the account)
 * is the same before and after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  /** Every call that takes a body, as the person allowed to make it. */
  enum Call {
    CREATE("POST", WRITER, null, false),
    SAVE("PUT", WRITER, "DRAFT", false),
    APPROVE("POST", EDITOR, "IN_REVIEW", true),
    REQUEST_CHANGES("POST", EDITOR, "IN_REVIEW", false),
    SCHEDULE("POST", PUBLISHER, "APPROVED", false),
    COMMENT("POST", WRITER, "DRAFT", false),
    MAGAZINE("POST", EDITOR, null, false),
    OPEN_ACCOUNT("POST", "admin", null, false),
    CHANGE_ACCOUNT("PATCH", "admin", null, false),
    ME("PATCH", null, null, false);

    final String method;
    final String user;
    final String columnStatus;
    final boolean emptyBodyIsFine;

    Call(String method, String user, String columnStatus, boolean emptyBodyIsFine) {
      this.method = method;
      this.user = user;
      this.columnStatus = columnStatus;
      this.emptyBodyIsFine = emptyBodyIsFine;
    }
  }

  /** Broken bodies that every call must refuse, whatever it expects. */
  private static final List<String> BROKEN_JSON =
      List.of(
          "{\"title\": ",
          "{\"title\": \"x\", \"body\": \"<p>x</p>\"} trailing",
          "{\"title\": \"x\"}}",
          "{'title': 'x'}",
          "{\"title\": \"x\", \"body\": \"<p>x</p>\",}",
          "[]",
          "[{\"title\": \"x\"}]",
          "\"just a string\"",
          "42",
          "null",
          "{\"title\": \"\\uZZZZ\"}",
          "\u0000",
          "{\"title\": \"x\", \"body\": \"<p>x</p>\", \"title\": NaN}");

  /** Invalid UTF-8 inside an otherwise fine body: an overlong, a stray continuation, a bad lead. */
  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  // --- broken bodies at every call
  // ----------------------------------------------------------------

  static Stream<Arguments> brokenBodies() {
    return Arrays.stream(Call.values())
        .flatMap(call -> BROKEN_JSON.stream().map(body -> Arguments.of(call, body)));
  }

  @ParameterizedTest(name = "{0} with broken body {index}")
  @MethodSource("brokenBodies")
  void brokenJsonIsABadRequestAndStoresNothing(Call call, String body) {
    Target target = prepare(call);

    refusedWithoutTrace(target, send(target, body.getBytes(StandardCharsets.UTF_8)), 400);
  }

  static Stream<Arguments> invalidUtf8() {
    return Arrays.stream(Call.values())
        .flatMap(call -> INVALID_UTF8.stream().map(bytes -> Arguments.of(call, hex(bytes))));
  }

  @ParameterizedTest(name = "{0} with bytes {1}")
  @MethodSource("invalidUtf8")
  void invalidUtf8IsABadRequestAndStoresNothing(Call call, String bytes) {
    Target target = prepare(call);
    byte[] body = withBytesInside(validBody(call, target), fromHex(bytes));

    Api.Answer answer = send(target, body);

    refusedWithoutTrace(target, answer, 400);
    assertTrue(detail(answer).contains("UTF-8"), answer::toString);
  }

  static Stream<Call> calls() {
    return Arrays.stream(Call.values());
  }

  @ParameterizedTest
  @MethodSource("calls")
  void jsonNestedTenThousandDeepIsABadRequest(Call call) {
    Target target = prepare(call);
    String deep = "{\"title\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    refusedWithoutTrace(target, send(target, deep.getBytes(StandardCharsets.UTF_8)), 400);
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    refusedWithoutTrace(target, send(target, objects.getBytes(StandardCharsets.UTF_8)), 400);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void bodyOverTwoMebibytesIsTooLargeAlsoWhenChunked(Call call) {
    Target target = prepare(call);
    String huge = "{\"title\": \"" + "가".repeat(800_000) + "\"}";
    byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);

    refusedWithoutTrace(target, send(target, bytes), 413);
    HttpRequest.Builder chunked =
        request(target, "application/json")
            .method(
                call.method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    refusedWithoutTrace(target, api.send(chunked), 413);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void emptyBodyIsRefusedUnlessTheCallNeedsNone(Call call) {
    Target target = prepare(call);

    Api.Answer answer = send(target, new byte[0]);

    if (call.emptyBodyIsFine) {
      assertEquals(200, answer.status(), answer::toString);
    } else {
      refusedWithoutTrace(target, answer, 400);
    }
  }

  @ParameterizedTest
  @MethodSource("calls")
  void formEncodedBodyIsRefused(Call call) {
    Target target = prepare(call);
    HttpRequest.Builder form =
        request(target, "application/x-www-form-urlencoded")
            .method(call.method, HttpRequest.BodyPublishers.ofString("title=x&body=y"));

    Api.Answer answer = api.send(form);

    assertTrue(answer.status() == 400 || answer.status() == 415, answer::toString);
    refusedWithoutTrace(target, answer, answer.status());
  }

  // --- bad values in each field
  // -------------------------------------------------------------------

  /**
   * Each string field a call reads, with its limit in characters (0: none the caller can reach).
   * Text that a person types may hold line breaks and tabs but no other control character, no NUL
   * and no half of a surrogate pair; one character over the limit names field and limit.
   */
  private static final String FIELDS =
      """
      call            field        limit
      CREATE          title        200
      CREATE          subtitle     300
      CREATE          summary      500
      CREATE          tags         40
      SAVE            title        200
      SAVE            subtitle     300
      SAVE            summary      500
      SAVE            tags         40
      APPROVE         comment      5000
      REQUEST_CHANGES comment      5000
      COMMENT         text         5000
      COMMENT         quote        1000
      MAGAZINE        title        100
      MAGAZINE        description  1000
      OPEN_ACCOUNT    displayName  100
      OPEN_ACCOUNT    username     32
      CHANGE_ACCOUNT  displayName  100
      ME              displayName  100
      ME              penName      100
      ME              bio          2000
      ME              timeZone     64
      ME              locale       0
      """;

  static Stream<Arguments> fields() {
    return FIELDS
        .lines()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> line.strip().split("\\s+"))
        .map(cells -> Arguments.of(Call.valueOf(cells[0]), cells[1], Integer.parseInt(cells[2])));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("fields")
  void controlCharactersNulAndLoneSurrogatesAreRefusedNamingTheField(
      Call call, String field, int limit) {
    for (String nasty : List.of("앞\\u0000뒤", "앞\\u0007뒤", "앞\\u001b[31m뒤", "앞\\ud800뒤")) {
      Target target = prepare(call);
      String body = withField(validBody(call, target), field, nasty);

      Api.Answer answer = send(target, body.getBytes(StandardCharsets.UTF_8));

      refusedWithoutTrace(target, answer, 400);
      assertTrue(detail(answer).contains(field), () -> nasty + " in " + field + ": " + answer);
    }
  }

  @ParameterizedTest(name = "{0}.{1} over {2}")
  @MethodSource("fields")
  void overlongFieldIsRefusedNamingTheField(Call call, String field, int limit) {
    Target target = prepare(call);
    String tooLong = "a".repeat(Math.max(limit, 100) + 1);
    String body = withField(validBody(call, target), field, tooLong);

    Api.Answer answer = send(target, body.getBytes(StandardCharsets.UTF_8));

    refusedWithoutTrace(target, answer, 400);
    assertTrue(detail(answer).contains(field), answer::toString);
  }

  @ParameterizedTest(name = "{0}.{1} as a number")
  @MethodSource("fields")
  void wrongTypeIsRefused(Call call, String field, int limit) {
    Target target = prepare(call);
    String body = validBody(call, target);
    JsonObject json = Json.createReader(new java.io.StringReader(body)).readObject();
    String wrong = Json.createObjectBuilder(json).add(field, 5).build().toString();

    refusedWithoutTrace(target, send(target, wrong.getBytes(StandardCharsets.UTF_8)), 400);
    String object =
        Json.createObjectBuilder(json)
            .add(field, Json.createObjectBuilder().add("x", 1))
            .build()
            .toString();
    refusedWithoutTrace(target, send(target, object.getBytes(StandardCharsets.UTF_8)), 400);
  }

  /** Unusual but honest text: kept exactly as sent, composed (NFC). */
  static Stream<Arguments> unusualText() {
    return Stream.of(
        Arguments.of("combining marks", "Cafe\u0301 \u1100\u1161 e\u0301\u0323"),
        Arguments.of("right-to-left override", "abc \u202Eevil\u202C def"),
        Arguments.of("emoji and joiners", "👩‍💻 🇰🇷 ✍🏽"),
        Arguments.of("Arabic and Hebrew", "مرحبا שלום"),
        Arguments.of("line break and tab", "첫 줄\n둘째\t줄"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusualText")
  void unusualButHonestTextIsKeptAsComposed(String what, String text) {
    String expected = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    JsonObject column =
        expect(
            columns.create(
                WRITER,
                ColumnsApi.draftBuilder(unique("유니코드"), "<p>x</p>")
                    .add("summary", text)
                    .add("subtitle", text)
                    .build()
                    .toString()),
            201);
    assertEquals(expected, column.getString("summary"));
    assertEquals(expected, columns.current(column).getString("subtitle"));
    Api.Answer comment = columns.addComment(id(column), WRITER, text, null);
    assertEquals(201, comment.status(), comment::toString);
    assertEquals(expected, comment.json().getString("text"));
  }

  @ParameterizedTest(name = "body with {0}")
  @MethodSource("nulInBody")
  void nulAndControlsInTheHtmlBodyNeverReachTheDatabase(String what, String html) {
    Api.Answer created =
        columns.create(
            WRITER,
            Json.createObjectBuilder()
                .add("title", unique("본문 제어 문자"))
                .add("body", html)
                .build()
                .toString());

    assertTrue(created.status() == 201 || created.status() == 400, created::toString);
    if (created.status() == 201) {
      String stored = columns.current(created.json()).getString("body");
      assertFalse(
          stored.codePoints().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'),
          () -> "stored: " + stored);
      assertTrue(pairedSurrogates(stored), () -> "stored: " + stored);
    } else {
      refusedWithoutTrace(null, created, 400);
    }
  }

  static Stream<Arguments> nulInBody() {
    return Stream.of(
        Arguments.of("NUL", "<p>앞\u0000뒤</p>"),
        Arguments.of("bell and escape", "<p>앞\u0007\u001b뒤</p>"),
        Arguments.of("lone surrogate", "<p>앞\ud800뒤</p>"),
        Arguments.of("NUL in an attribute", "<p><a href=\"https://x.example/\u0000\">x</a></p>"));
  }

  // --- queries
  // ------------------------------------------------------------------------------------

  /** Every list the API has, as someone allowed to read it ({@code ID}: a column of theirs). */
  private static final List<String> LISTS =
      List.of(
          "api/v1/columns?",
          "api/v1/columns/ID/revisions?",
          "api/v1/columns/ID/comments?",
          "api/v1/magazines?",
          "api/v1/tags?",
          "api/v1/accounts?",
          "api/v1/audit?");

  private static final List<String> BAD_PAGING =
      List.of(
          "page=-1",
          "size=0",
          "size=-5",
          "size=101",
          "size=99999999999",
          "page=99999999999",
          "page=abc",
          "size=1e2",
          "page=2147483647&size=100",
          "size=%20",
          "page=%00");

  static Stream<Arguments> badPaging() {
    return LISTS.stream().flatMap(list -> BAD_PAGING.stream().map(q -> Arguments.of(list, q)));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("badPaging")
  void outOfRangeOrNonNumericPagingIsABadRequestNamingTheParameter(String list, String query) {
    JsonObject column = columns.newDraft(WRITER, unique("목록"));
    String path = list.replace("ID", Long.toString(id(column))) + query;

    Api.Answer answer = api.get(path, "admin".equals(listUser(list)) ? "admin" : EDITOR);

    if (query.equals("size=%20")) {
      assertEquals(200, answer.status(), "a blank parameter is the default: " + answer);
      return;
    }
    refusedWithoutTrace(null, answer, 400);
    String name = query.substring(0, query.indexOf('='));
    assertTrue(detail(answer).contains(name), answer::toString);
  }

  private static String listUser(String list) {
    return list.contains("accounts") ? "admin" : EDITOR;
  }

  /**
   * Queries whose percent-encoding decodes to bytes that are not UTF-8, at every list. (A {@code %}
   * without two hex digits is not a URI at all: no client here can send it.)
   */
  static Stream<Arguments> badEncoding() {
    return LISTS.stream()
        .flatMap(
            list ->
                Stream.of("q=%E0%A4", "status=%C0%AF", "author=%FF", "tag=%ED%A0%80")
                    .map(q -> Arguments.of(list, q)));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("badEncoding")
  void invalidPercentEncodingIsNeverAServerError(String list, String query) {
    JsonObject column = columns.newDraft(WRITER, unique("인코딩"));
    String path = list.replace("ID", Long.toString(id(column))) + query;

    Api.Answer answer = api.get(path, listUser(list));

    assertTrue(answer.status() < 500, answer::toString);
    assertNoTrace(answer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlsInFilters")
  void controlCharactersInListFiltersAreABadRequestNamingTheParameter(String query) {
    Api.Answer answer = columns.list(query, EDITOR);

    refusedWithoutTrace(null, answer, 400);
    assertTrue(detail(answer).contains(query.substring(0, query.indexOf('='))), answer::toString);
  }

  static Stream<String> controlsInFilters() {
    return Stream.of("q=%00", "q=a%07b", "author=%00writer", "tag=%1B", "magazine=%00");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInstants")
  void badInstantsAreRefusedNamingTheField(String field, String value) {
    Target target = prepare(Call.SCHEDULE);
    String later = ColumnsApi.seoulIn(3600).toString();
    String body =
        field.equals("publishAt")
            ? Json.createObjectBuilder().add("publishAt", value).build().toString()
            : Json.createObjectBuilder()
                .add("publishAt", later)
                .add("unpublishAt", value)
                .build()
                .toString();

    Api.Answer answer = send(target, body.getBytes(StandardCharsets.UTF_8));

    refusedWithoutTrace(target, answer, 400);
    assertTrue(detail(answer).contains(field), answer::toString);
    Api.Answer audit =
        api.get(
            "api/v1/audit?since=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8),
            EDITOR);
    refusedWithoutTrace(null, audit, 400);
    assertTrue(detail(audit).contains("since"), audit::toString);
  }

  static Stream<Arguments> badInstants() {
    return Stream.of(
            "2026-13-01T00:00Z",
            "2026-12-01T09:00+25:00",
            "2026-12-01T09:00:00",
            "2026-02-30T09:00:00Z",
            "2026-12-01T24:61:00Z",
            "tomorrow",
            "+999999999-12-31T23:59:59Z",
            "2026-12-01T09:00:00[Asia/Seoul]",
            "2026-12-01T09:00\u0000Z")
        .flatMap(
            value ->
                Stream.of(Arguments.of("publishAt", value), Arguments.of("unpublishAt", value)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPathIds")
  void oddIdsInThePathAreNotFoundNeverServerErrors(String path) {
    Api.Answer answer = api.get(path, EDITOR);

    assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
    assertNoTrace(answer);
  }

  static Stream<String> badPathIds() {
    return Stream.of(
        "api/v1/columns/abc",
        "api/v1/columns/99999999999999999999",
        "api/v1/columns/-1",
        "api/v1/columns/0/revisions",
        "api/v1/columns/1/revisions/abc",
        "api/v1/columns/1/revisions/99999999999",
        "api/v1/columns/1/comments/abc",
        "api/v1/columns/%00",
        "api/v1/magazines/%00",
        "api/v1/magazines/%ED%A0%80",
        "api/v1/accounts/%E2%80%AE");
  }

  // --- the targets and their snapshots
  // ------------------------------------------------------------

  /** What a call is aimed at: a path, who calls, and how to read back what it could change. */
  private record Target(Call call, String path, String user, JsonObject column, String account) {}

  private Target prepare(Call call) {
    JsonObject column =
        call.columnStatus == null ? null : columns.inStatus(WRITER, call.columnStatus);
    String account = null;
    String user = call.user;
    String path =
        switch (call) {
          case CREATE -> "api/v1/columns";
          case SAVE -> "api/v1/columns/" + id(column);
          case APPROVE -> "api/v1/columns/" + id(column) + "/approve";
          case REQUEST_CHANGES -> "api/v1/columns/" + id(column) + "/request-changes";
          case SCHEDULE -> "api/v1/columns/" + id(column) + "/schedule";
          case COMMENT -> "api/v1/columns/" + id(column) + "/comments";
          case MAGAZINE -> "api/v1/magazines";
          case OPEN_ACCOUNT -> "api/v1/accounts";
          case CHANGE_ACCOUNT, ME -> null;
        };
    if (call == Call.CHANGE_ACCOUNT || call == Call.ME) {
      account = "bad-" + UUID.randomUUID().toString().substring(0, 8);
      api.openAccount(account, "입력 시험", Api.DEMO_PASSWORD, "WRITER");
      path = call == Call.ME ? "api/v1/me" : "api/v1/accounts/" + account;
      user = call == Call.ME ? account : user;
    }
    Target target = new Target(call, path, user, column, account);
    snapshots.put(target, snapshot(target));
    return target;
  }

  private final java.util.Map<Target, String> snapshots = new java.util.HashMap<>();

  /** Everything the call could change, as text to compare. */
  private String snapshot(Target target) {
    StringBuilder state = new StringBuilder();
    if (target.column() != null) {
      long id = id(target.column());
      state.append(expect(columns.get(id, EDITOR), 200)).append('\n');
      state.append(expect(columns.revisions(id, EDITOR), 200).getInt("total")).append('\n');
      state.append(expect(columns.comments(id, EDITOR), 200).getInt("total")).append('\n');
      state.append(columns.audit(id).size()).append('\n');
    }
    switch (target.call()) {
      case CREATE -> state.append(total("api/v1/columns?size=1", EDITOR));
      case MAGAZINE -> state.append(total("api/v1/magazines?size=1", EDITOR));
      case OPEN_ACCOUNT -> state.append(total("api/v1/accounts?size=1", "admin"));
      case CHANGE_ACCOUNT, ME ->
          state.append(expect(api.get("api/v1/accounts/" + target.account(), "admin"), 200));
      default -> {}
    }
    return state.toString();
  }

  private int total(String path, String user) {
    return expect(api.get(path, user), 200).getInt("total");
  }

  /** A body the call would accept, to spoil one field or byte of. */
  private String validBody(Call call, Target target) {
    String later = ColumnsApi.seoulIn(3600).toString();
    return switch (call) {
      case CREATE, SAVE ->
          ColumnsApi.draftBuilder(
                  call == Call.SAVE ? target.column().getString("title") : unique("좋은 칼럼"),
                  "<p>본문</p>")
              .add("subtitle", "부제")
              .add("summary", "요약")
              .add("tags", ColumnsApi.array("칼럼"))
              .build()
              .toString();
      case APPROVE, REQUEST_CHANGES -> ColumnsApi.comment("좋습니다");
      case SCHEDULE -> Json.createObjectBuilder().add("publishAt", later).build().toString();
      case COMMENT ->
          Json.createObjectBuilder().add("text", "의견").add("quote", "인용").build().toString();
      case MAGAZINE ->
          Json.createObjectBuilder()
              .add("title", unique("매거진"))
              .add("description", "설명")
              .build()
              .toString();
      case OPEN_ACCOUNT ->
          Json.createObjectBuilder()
              .add("username", "ok-" + UUID.randomUUID().toString().substring(0, 8))
              .add("displayName", "새 사람")
              .add("password", Api.DEMO_PASSWORD)
              .add("roles", ColumnsApi.array("WRITER"))
              .build()
              .toString();
      case CHANGE_ACCOUNT ->
          Json.createObjectBuilder().add("displayName", "바뀐 이름").build().toString();
      case ME ->
          Json.createObjectBuilder()
              .add("displayName", "내 이름")
              .add("penName", "필명")
              .add("bio", "소개")
              .add("locale", "ko")
              .add("timeZone", "Asia/Seoul")
              .build()
              .toString();
    };
  }

  /** The body with {@code field} set to {@code raw}, a JSON string's content written as is. */
  private static String withField(String body, String field, String raw) {
    JsonObject json = Json.createReader(new java.io.StringReader(body)).readObject();
    String marker = "\"" + UUID.randomUUID() + "\"";
    String value = field.equals("tags") ? "[" + marker + "]" : marker;
    String withMarker =
        Json.createObjectBuilder(json)
            .add(field, Json.createValue(0))
            .build()
            .toString()
            .replace("\"" + field + "\":0", "\"" + field + "\":" + value);
    return withMarker.replace(marker, "\"" + raw + "\"");
  }

  /** The body's bytes with {@code bytes} inside its first string value of some length. */
  private static byte[] withBytesInside(String body, byte[] bytes) {
    byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
    int at = body.indexOf(":\"") + 2;
    int byteAt = body.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    byte[] spoiled = new byte[utf8.length + bytes.length];
    System.arraycopy(utf8, 0, spoiled, 0, byteAt);
    System.arraycopy(bytes, 0, spoiled, byteAt, bytes.length);
    System.arraycopy(utf8, byteAt, spoiled, byteAt + bytes.length, utf8.length - byteAt);
    return spoiled;
  }

  private HttpRequest.Builder request(Target target, String contentType) {
    HttpRequest.Builder request =
        api.request(api.uri(target.path()), target.user()).header("Content-Type", contentType);
    if (target.call() == Call.SAVE) {
      request.header("If-Match", etagOf(target.column()));
    }
    return request;
  }

  private Api.Answer send(Target target, byte[] body) {
    return api.send(
        request(target, "application/json; charset=UTF-8")
            .method(target.call().method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A problem document of that status with no internals, and nothing changed by the call. */
  private void refusedWithoutTrace(Target target, Api.Answer answer, int status) {
    assertEquals(status, answer.status(), answer::toString);
    assertTrue(
        answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
    JsonObject problem = answer.json();
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("detail").isBlank(), answer::toString);
    assertNoTrace(answer);
    if (target != null) {
      assertEquals(snapshots.get(target), snapshot(target), "nothing stored by a refused call");
    }
  }

  private static void assertNoTrace(Api.Answer answer) {
    String body = answer.body();
    assertFalse(body.contains("\tat ") || body.contains("at dev.columndesk"), body);
    assertFalse(body.matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), body);
    assertFalse(body.toLowerCase(Locale.ROOT).contains("incident"), "a 500 in disguise: " + body);
  }

  private static String detail(Api.Answer answer) {
    return answer.json().getString("detail");
  }

  private static boolean pairedSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X", b & 0xFF));
    }
    return hex.toString();
  }

  private static byte[] fromHex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
