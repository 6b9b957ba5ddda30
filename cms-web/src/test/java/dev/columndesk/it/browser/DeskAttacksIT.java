package dev.columndesk.it.browser;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The desk attacked with crafted HTTP, not a browser: Faces postbacks of buttons the page hides or
 * disables for the person, and of fields filled with what no form would let through (NUL, control
 * characters, overlong text, impossible dates). Whatever comes back is never a server error or a
 * trace, and the API shows that nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskAttacksIT {

  /**
   * The desk is spoken to over HTTP/1.1, as a browser talks to a server without TLS (the API client
   * would upgrade to h2c).
   */
  private final HttpClient browser = ColumnsApi.readerClient(HttpClient.Version.HTTP_1_1);

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  // --- buttons the page does not offer
  // --------------------------------------------------------------

  @Test
  void writerPostingTheEditorsApproveChangesNothing() {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");
    String before = trail(column);
    String cookie = signIn(WRITER);
    Api.Answer own = page("desk/edit?id=" + id(column), cookie);

    Api.Answer forged =
        postback(
            "desk/review?id=" + id(column),
            cookie,
            own,
            "decision",
            "decision:approve",
            Map.of("decision:comment", "제가 승인합니다"));

    harmless(forged);
    assertEquals(before, trail(column));
  }

  @Test
  void aForgedPostAskingForTheWholePageLearnsNothingOfTheFailure() {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");
    String before = trail(column);
    String cookie = signIn(WRITER);
    Api.Answer own = page("desk/edit?id=" + id(column), cookie);

    // Another view's state, and the whole page to render: the review page fails to render it.
    Api.Answer forged =
        postback(
            "desk/review?id=" + id(column),
            cookie,
            own,
            "decision",
            "decision:approve",
            Map.of("decision:comment", "제가 승인합니다", "jakarta.faces.partial.render", "@all"));

    harmless(forged);
    assertTrue(forged.status() == 400 || forged.status() == 403, forged::toString);
    assertEquals(before, trail(column));
  }

  static Stream<Arguments> calendarActions() {
    return Stream.of(
        Arguments.of(WRITER, "calendar:publishNow"),
        Arguments.of(WRITER, "calendar:scheduleButton"),
        Arguments.of(EDITOR, "calendar:publishNow"),
        Arguments.of(EDITOR, "calendar:scheduleButton"),
        Arguments.of("admin", "calendar:publishNow"));
  }

  @ParameterizedTest(name = "{1} by {0}")
  @MethodSource("calendarActions")
  void onlyPublishersActOnTheCalendarWhateverIsPosted(String user, String button) {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    String before = trail(column);
    String cookie = signIn(user);
    Api.Answer calendar = page("desk/calendar", cookie);
    assertEquals(403, calendar.status(), "the calendar refuses " + user);

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("calendar:awaitingColumn", Long.toString(id(column)));
    fields.put("calendar:scheduleAt_input", "2099-01-01 09:00");
    Api.Answer forged =
        postback("desk/calendar", cookie, page("desk/", cookie), "calendar", button, fields);

    harmless(forged);
    assertEquals(before, trail(column));
  }

  @ParameterizedTest
  @MethodSource("adminPages")
  void writersAndEditorsPostingToAccountAdministrationAreRefused(String user, String path) {
    String cookie = signIn(user);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("account:displayName", "탈취");
    fields.put("account:roles", "ADMIN");
    fields.put("account:enabled", "on");

    Api.Answer forged =
        postback(path, cookie, page("desk/", cookie), "account", "account:save", fields);

    assertEquals(403, forged.status(), forged::toString);
    harmless(forged);
    JsonObject me = expect(api.get("api/v1/me", user), 200);
    assertFalse(me.getJsonArray("roles").toString().contains("ADMIN"), me::toString);
    assertFalse(me.getString("displayName").equals("탈취"));
  }

  static Stream<Arguments> adminPages() {
    return Stream.of(
        Arguments.of(WRITER, "desk/admin/account?username=" + WRITER),
        Arguments.of(WRITER, "desk/admin/accounts"),
        Arguments.of(EDITOR, "desk/admin/account?username=" + EDITOR),
        Arguments.of(PUBLISHER, "desk/admin/account?username=" + PUBLISHER),
        Arguments.of(WRITER, "desk/admin/magazine"),
        Arguments.of(WRITER, "desk/admin/tags"));
  }

  @Test
  void writerSavingTheirOwnEditorFormUnderAnotherWritersIdChangesNeither() {
    JsonObject own = columns.newDraft(WRITER, unique("내 초안"));
    JsonObject theirs = columns.newDraft("writer2", unique("남의 초안"));
    String ownBefore = trail(own);
    String theirsBefore = trail(theirs);
    String cookie = signIn(WRITER);
    Api.Answer editor = page("desk/edit?id=" + id(own), cookie);

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:title", "가로챈 제목");
    fields.put("id", Long.toString(id(theirs)));
    Api.Answer forged =
        postback("desk/edit?id=" + id(theirs), cookie, editor, "editor", "editor:save", fields);

    harmless(forged);
    assertFalse(forged.body().contains(theirs.getString("title")), "no title leaks");
    assertEquals(theirsBefore, trail(theirs));
    assertEquals(ownBefore, trail(own));
  }

  @Test
  void writerCommentingOnAnotherWritersDraftThroughTheirOwnPageAddsNothing() {
    JsonObject own = columns.newDraft(WRITER, unique("내 초안"));
    JsonObject theirs = columns.newDraft("writer2", unique("남의 초안"));
    String theirsBefore = trail(theirs);
    String cookie = signIn(WRITER);
    Api.Answer editor = page("desk/edit?id=" + id(own), cookie);

    Api.Answer forged =
        postback(
            "desk/edit?id=" + id(theirs),
            cookie,
            editor,
            "comments",
            "comments:addComment",
            Map.of("comments:text", "몰래 단 댓글"));

    harmless(forged);
    assertEquals(theirsBefore, trail(theirs));
  }

  // --- what no form would send
  // ----------------------------------------------------------------------

  /**
   * Values a person cannot type into the page but anyone can post. (Overlong text is not among
   * them: PrimeFaces cuts a posted value to its field's maxlength before anything else sees it.)
   */
  static Stream<Arguments> nastyValues() {
    return Stream.of(
        Arguments.of("NUL", "앞\u0000뒤"),
        Arguments.of("escape", "앞\u001b[2J뒤"),
        Arguments.of("C1 control", "앞\u0085뒤"));
  }

  static Stream<Arguments> loginValues() {
    return Stream.concat(nastyValues(), Stream.of(Arguments.of("overlong", "가".repeat(6000))));
  }

  @ParameterizedTest(name = "login with {0}")
  @MethodSource("loginValues")
  void loginFormTakesAnythingWithoutAServerError(String what, String value) {
    // Failed sign-ins count against the account: an account of its own, not a demo one.
    String target = "login-" + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(target, "로그인 시험", Api.DEMO_PASSWORD, "WRITER");
    Api.Answer login = loginPage();
    for (String[] pair :
        new String[][] {{value, Api.DEMO_PASSWORD}, {target, value}, {"\u202Eadmin", value}}) {
      Api.Answer answer = signIn(login, pair[0], pair[1]);
      harmless(answer);
      assertTrue(answer.status() == 200 || answer.status() == 400, answer::toString);
      // Over HTTP/1.1: the same oversized Authorization header over h2c made Payara reset the
      // stream and then answer later h2c requests, other tests' too, with 431.
      Api.Answer me =
          send(
              api.request(api.uri("api/v1/me"), null)
                  .header("Authorization", Api.basic(pair[0], pair[1]))
                  .GET());
      assertTrue(me.status() >= 400 && me.status() < 500, me::toString);
      assertTrue(me.status() != 403, "not signed in: " + me);
    }
  }

  @ParameterizedTest
  @MethodSource("nastyFilters")
  void columnListWithUnsearchableFiltersIsNeverAServerError(String query) {
    String cookie = signIn(WRITER);

    Api.Answer list = page("desk/columns?" + query, cookie);

    harmless(list);
    assertEquals(200, list.status(), list::toString);
    assertFalse(list.body().contains("\u0000"), "no NUL echoed into the page");
  }

  static Stream<String> nastyFilters() {
    return Stream.of("q=%00", "author=%1B%5B2J", "magazine=a%00b&q=ok", "q=%ED%A0%80%00");
  }

  @ParameterizedTest(name = "editor title with {0}")
  @MethodSource("nastyValues")
  void editorSaveWithNastyTitleShowsAMessageAndStoresNothing(String what, String value) {
    JsonObject column = columns.newDraft(WRITER, unique("더러운 제목"));
    String before = trail(column);
    String cookie = signIn(WRITER);
    Api.Answer editor = page("desk/edit?id=" + id(column), cookie);

    Api.Answer saved =
        postback(
            "desk/edit?id=" + id(column),
            cookie,
            editor,
            "editor",
            "editor:save",
            Map.of("editor:title", value, "editor:summary", value));

    harmless(saved);
    assertTrue(
        saved.body().contains("ui-messages-error") || saved.body().contains("ui-message-error"),
        saved::toString);
    assertEquals(before, trail(column));
  }

  @ParameterizedTest(name = "comment with {0}")
  @MethodSource("nastyValues")
  void commentWithNastyTextShowsAMessageAndStoresNothing(String what, String value) {
    JsonObject column = columns.newDraft(WRITER, unique("더러운 댓글"));
    String before = trail(column);
    String cookie = signIn(WRITER);
    Api.Answer editor = page("desk/edit?id=" + id(column), cookie);

    Api.Answer added =
        postback(
            "desk/edit?id=" + id(column),
            cookie,
            editor,
            "comments",
            "comments:addComment",
            Map.of("comments:text", value, "comments:quote", value));

    harmless(added);
    assertEquals(before, trail(column));
  }

  @ParameterizedTest(name = "review decision with {0}")
  @MethodSource("nastyValues")
  void reviewDecisionWithNastyCommentShowsAMessageAndDecidesNothing(String what, String value) {
    JsonObject column = columns.inStatus(WRITER, "IN_REVIEW");
    String before = trail(column);
    String cookie = signIn(EDITOR);
    Api.Answer review = page("desk/review?id=" + id(column), cookie);

    for (String button : new String[] {"decision:approve", "decision:requestChanges"}) {
      Api.Answer decided =
          postback(
              "desk/review?id=" + id(column),
              cookie,
              review,
              "decision",
              button,
              Map.of("decision:comment", value));
      harmless(decided);
      assertEquals(before, trail(column), button);
    }
  }

  @ParameterizedTest(name = "profile with {0}")
  @MethodSource("nastyValues")
  void profileWithNastyValuesShowsAMessageAndStoresNothing(String what, String value) {
    String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "프로필 시험", Api.DEMO_PASSWORD, "WRITER");
    String before = expect(api.get("api/v1/me", username), 200).toString();
    String cookie = signIn(username);
    Api.Answer account = page("desk/account", cookie);

    for (String field : new String[] {"profile:displayName", "profile:penName", "profile:bio"}) {
      Api.Answer saved =
          postback(
              "desk/account", cookie, account, "profile", "profile:save", Map.of(field, value));
      harmless(saved);
      assertEquals(before, expect(api.get("api/v1/me", username), 200).toString(), field);
    }
    Map<String, String> zone = new LinkedHashMap<>();
    zone.put("profile:timeZone_input", "Mars/Olympus");
    zone.put("profile:locale_input", "fr\u0000");
    harmless(postback("desk/account", cookie, account, "profile", "profile:save", zone));
    assertEquals(before, expect(api.get("api/v1/me", username), 200).toString());
  }

  @ParameterizedTest(name = "magazine with {0}")
  @MethodSource("nastyValues")
  void magazineFormWithNastyValuesShowsAMessageAndFoundsNothing(String what, String value) {
    int before = expect(api.get("api/v1/magazines?size=1", EDITOR), 200).getInt("total");
    String cookie = signIn("admin");
    Api.Answer form = page("desk/admin/magazine", cookie);

    Api.Answer saved =
        postback(
            "desk/admin/magazine",
            cookie,
            form,
            "magazine",
            "magazine:save",
            Map.of("magazine:title", value, "magazine:description", value),
            false);

    harmless(saved);
    assertEquals(before, expect(api.get("api/v1/magazines?size=1", EDITOR), 200).getInt("total"));
  }

  @ParameterizedTest(name = "schedule at impossible time {index}")
  @MethodSource("badDates")
  void calendarScheduleWithAnImpossibleTimeShowsAMessage(String at) {
    JsonObject column = columns.inStatus(WRITER, "APPROVED");
    String before = trail(column);
    String cookie = signIn(PUBLISHER);
    Api.Answer calendar = page("desk/calendar", cookie);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("calendar:awaitingColumn", Long.toString(id(column)));
    fields.put("calendar:scheduleAt_input", at);

    Api.Answer scheduled =
        postback("desk/calendar", cookie, calendar, "calendar", "calendar:scheduleButton", fields);

    harmless(scheduled);
    assertEquals(before, trail(column));
  }

  static Stream<String> badDates() {
    return Stream.of(
        "2026-13-01 09:00", "2026-12-01 25:61", "내일", "09:00 2026-12-01", "-1", "1".repeat(500));
  }

  // --- helpers
  // --------------------------------------------------------------------------------------

  private String signIn(String user) {
    Api.Answer login = loginPage();
    Api.Answer signedIn = signIn(login, user, Api.DEMO_PASSWORD);
    assertTrue(signedIn.status() == 302 || signedIn.status() == 303, signedIn::toString);
    String cookies = signedIn.cookies();
    return cookies.isEmpty() ? login.cookies() : cookies;
  }

  private Api.Answer loginPage() {
    return send(api.request(api.uri("/login"), null).header("Accept", "text/html").GET());
  }

  /** The login form posted as the page's own script would (see {@link Api#deskSignIn}). */
  private Api.Answer signIn(Api.Answer login, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("username", username);
    form.put("password", password);
    form.put("signIn", "");
    form.put("jakarta.faces.ViewState", login.viewState());
    form.put("primefaces.nonce", login.nonce());
    return send(
        api.request(api.uri("/login"), null)
            .header("Accept", "text/html")
            .header("Cookie", login.cookies())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form))));
  }

  private Api.Answer page(String path, String cookie) {
    return send(
        api.request(api.uri(path), null)
            .header("Accept", "text/html")
            .header("Cookie", cookie)
            .GET());
  }

  private Api.Answer send(HttpRequest.Builder request) {
    try {
      return new Api.Answer(
          browser.send(
              request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String urlEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The column, its revisions, comments and audit trail as the editor reads them. */
  private String trail(JsonObject column) {
    long id = id(column);
    return expect(columns.get(id, EDITOR), 200)
        + "\n"
        + expect(columns.revisions(id, EDITOR), 200)
        + "\n"
        + expect(columns.comments(id, EDITOR), 200)
        + "\n"
        + columns.audit(id);
  }

  private Api.Answer postback(
      String path,
      String cookie,
      Api.Answer page,
      String form,
      String button,
      Map<String, String> fields) {
    return postback(path, cookie, page, form, button, fields, true);
  }

  /**
   * Posts {@code form} as its {@code button} would, from the page a GET answered: every input the
   * page rendered for the form, then {@code fields} over them, with the page's view state and CSP
   * nonce; as PrimeFaces' Ajax request unless {@code ajax} is false.
   */
  private Api.Answer postback(
      String path,
      String cookie,
      Api.Answer page,
      String form,
      String button,
      Map<String, String> fields,
      boolean ajax) {
    Map<String, String> post = new LinkedHashMap<>(inputsOf(page.body(), form));
    post.put(form, form);
    post.putAll(fields);
    post.put(button, button);
    if (page.body().contains("jakarta.faces.ViewState")) {
      post.put("jakarta.faces.ViewState", page.viewState());
    }
    if (page.body().contains("nonce=")) {
      post.put("primefaces.nonce", page.nonce());
    }
    HttpRequest.Builder request =
        api.request(api.uri(path), null)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
    if (ajax) {
      post.put("jakarta.faces.partial.ajax", "true");
      post.put("jakarta.faces.source", button);
      post.put("jakarta.faces.partial.execute", form);
      // What the desk's buttons render, their form and the page's messages, unless the test
      // asks for more.
      post.putIfAbsent(
          "jakarta.faces.partial.render",
          page.body().contains("id=\"pageMessages\"") ? form + " pageMessages" : form);
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(post))));
  }

  private static final Pattern INPUT = Pattern.compile("<(input|textarea)\\b([^>]*)>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

  /** The inputs the page rendered for the form, by name, with their values. */
  private static Map<String, String> inputsOf(String html, String form) {
    Map<String, String> inputs = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Matcher name = NAME.matcher(input.group(2));
      if (!name.find() || !name.group(1).startsWith(form + ":")) {
        continue;
      }
      if (input.group(2).contains("type=\"checkbox\"")
          || input.group(2).contains("type=\"radio\"")) {
        continue;
      }
      Matcher value = VALUE.matcher(input.group(2));
      inputs.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
    }
    return inputs;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Never a server error, a trace or an exception's name, whatever the desk answered. */
  private static void harmless(Api.Answer answer) {
    assertTrue(answer.status() < 500, answer::toString);
    String body = answer.body();
    assertFalse(body.contains("\tat ") || body.contains("at dev.columndesk"), body);
    assertFalse(body.contains("<error>") || body.contains("<error-name>"), body);
    assertFalse(body.matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), body);
  }
}
