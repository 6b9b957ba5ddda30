package dev.columndesk.it.api;

import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accounts part of the API contract over real HTTP: {@code /me} and {@code /accounts}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

  private static final String PASSWORD = "a password of some length";

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @ParameterizedTest
  @CsvSource({
    "admin, ADMIN",
    "editor, EDITOR",
    "editor2, EDITOR",
    "publisher, PUBLISHER",
    "writer, WRITER",
    "writer2, WRITER"
  })
  void everyDemoAccountAnswersMeWithItsRole(String username, String role) {
    Api.Answer me = api.get("api/v1/me", username);

    assertEquals(200, me.status(), me::toString);
    assertEquals("application/json;charset=UTF-8", me.header("Content-Type").replace(" ", ""));
    JsonObject json = me.json();
    assertEquals(username, json.getString("username"));
    assertFalse(json.getString("displayName").isBlank());
    assertEquals("[\"" + role + "\"]", json.getJsonArray("roles").toString());
    assertFalse(json.containsKey("passwordHash"), "never the hash");
  }

  @Test
  void wrongPasswordIsRefusedWithBasicChallenge() {
    Api.Answer me = api.get("api/v1/me", "editor", "not-the-password");

    assertProblem(me, 401, "Wrong username or password");
    assertEquals("Basic realm=\"column-desk\"", me.header("WWW-Authenticate"));
  }

  @Test
  void unknownUserIsRefusedLikeAWrongPassword() {
    Api.Answer me = api.get("api/v1/me", "nobody-here", Api.DEMO_PASSWORD);

    assertProblem(me, 401, "Wrong username or password");
  }

  @Test
  void missingCredentialsAreAskedFor() {
    Api.Answer me = api.get("api/v1/me", null);

    assertProblem(me, 401, "HTTP Basic");
    assertEquals("Basic realm=\"column-desk\"", me.header("WWW-Authenticate"));
  }

  @Test
  void malformedAuthorizationHeaderIsRefused() {
    Api.Answer me =
        api.send(
            api.request(api.uri("api/v1/me"), null).header("Authorization", "Basic %%%not-base64"));

    assertProblem(me, 401, "not valid HTTP Basic");
  }

  @Test
  void adminOpensAnAccountThatCanSignInAtOnce() {
    String username = uniqueName("kim");
    Api.Answer created =
        api.post(
            "api/v1/accounts",
            "admin",
            """
            {"username": "%s", "displayName": "김지영 칼럼니스트", "password": "열두 글자가 넘는 비밀번호", "roles": ["WRITER", "editor"]}
            """
                .formatted(username));

    assertEquals(201, created.status(), created::toString);
    assertEquals(api.uri("api/v1/accounts/" + username), URI.create(created.header("Location")));
    assertEquals("김지영 칼럼니스트", created.json().getString("displayName"));

    Api.Answer me = api.get("api/v1/me", username, "열두 글자가 넘는 비밀번호");
    assertEquals(200, me.status(), me::toString);
    assertEquals("[\"WRITER\",\"EDITOR\"]", me.json().getJsonArray("roles").toString());

    Api.Answer fetched = api.get(created.header("Location"), "admin");
    assertEquals(200, fetched.status(), fetched::toString);
    assertEquals(username, fetched.json().getString("username"));
  }

  @ParameterizedTest
  @CsvSource({"writer", "editor", "publisher"})
  void onlyAdminsOpenAccounts(String caller) {
    Api.Answer refused =
        api.post(
            "api/v1/accounts",
            caller,
            """
            {"username": "%s", "displayName": "x", "password": "long-enough-password", "roles": ["ADMIN"]}
            """
                .formatted(uniqueName("sneaky")));

    assertProblem(refused, 403, "roles do not allow");
  }

  @Test
  void anonymousCallerCannotListAccounts() {
    Api.Answer refused = api.get("api/v1/accounts", null);

    assertProblem(refused, 401, "Sign in");
    assertEquals("Basic realm=\"column-desk\"", refused.header("WWW-Authenticate"));
  }

  @Test
  void takenUsernameIsAConflict() {
    Api.Answer again =
        api.post(
            "api/v1/accounts",
            "admin",
            """
            {"username": "editor", "displayName": "Another editor", "password": "long-enough-password", "roles": ["EDITOR"]}
            """);

    assertProblem(again, 409, "'editor' is taken");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"username\": \"Kim\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | username must be 3 to 32",
        "{\"username\": \"김지영\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | username must be 3 to 32",
        "{\"username\": \"ab\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | username must be 3 to 32",
        "{\"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | username is required",
        "{\"username\": \"valid.name\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | displayName is required",
        "{\"username\": \"valid.name\", \"displayName\": \"x\", \"password\": \"short\", \"roles\": [\"WRITER\"]} | password must be at least 12 characters",
        "{\"username\": \"valid.name\", \"displayName\": \"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\", \"password\": \"long-enough-password\", \"roles\": [\"WRITER\"]} | displayName must be at most 100 characters",
        "{\"username\": \"valid.name\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": []} | roles must name at least one",
        "{\"username\": \"valid.name\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": [\"CHIEF\"]} | 'CHIEF' is not a role",
        "{\"username\": \"valid.name\", \"displayName\": \"x\", \"password\": \"long-enough-password\", \"roles\": \"WRITER\"} | not valid JSON",
        "{\"username\": \"valid.name\" | not valid JSON",
        "[1, 2, 3] | not valid JSON"
      })
  void invalidAccountsAreRefusedNamingTheProblem(String body, String mentions) {
    Api.Answer refused = api.post("api/v1/accounts", "admin", body);

    assertProblem(refused, 400, mentions.strip());
  }

  @Test
  void missingBodyIsABadRequest() {
    Api.Answer refused = api.post("api/v1/accounts", "admin", "");

    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
  }

  @Test
  void accountsAreListedInPages() {
    Api.Answer page = api.get("api/v1/accounts?page=0&size=2", "admin");

    assertEquals(200, page.status(), page::toString);
    JsonObject json = page.json();
    assertEquals(2, json.getJsonArray("items").size());
    assertTrue(json.getJsonNumber("total").longValue() >= 6, json::toString);
    assertEquals(0, json.getInt("page"));
    assertEquals(2, json.getInt("size"));

    Api.Answer second = api.get("api/v1/accounts?page=1&size=2", "admin");
    assertEquals(200, second.status(), second::toString);
    Set<String> first = usernames(json);
    Set<String> next = usernames(second.json());
    assertEquals(2, next.size());
    assertTrue(first.stream().noneMatch(next::contains), () -> first + " and " + next + " overlap");
  }

  @Test
  void adminChangesRolesAndTheyApplyAtOnce() {
    String username = open("WRITER");

    Api.Answer changed =
        api.patch(
            "api/v1/accounts/" + username, "admin", "{\"roles\": [\"EDITOR\", \"PUBLISHER\"]}");

    assertEquals(200, changed.status(), changed::toString);
    Api.Answer me = api.get("api/v1/me", username, PASSWORD);
    assertEquals("[\"EDITOR\",\"PUBLISHER\"]", me.json().getJsonArray("roles").toString());
  }

  @Test
  void disabledAccountIsRefusedAtOnceAndCanBeEnabledAgain() {
    String username = open("WRITER");
    assertEquals(200, api.get("api/v1/me", username, PASSWORD).status());

    api.patch("api/v1/accounts/" + username, "admin", "{\"enabled\": false}");
    assertProblem(api.get("api/v1/me", username, PASSWORD), 401, "Wrong username or password");

    api.patch("api/v1/accounts/" + username, "admin", "{\"enabled\": true}");
    assertEquals(200, api.get("api/v1/me", username, PASSWORD).status());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"enabled\": false} | cannot disable your own account",
        "{\"roles\": [\"EDITOR\"]} | cannot take away your own ADMIN role"
      })
  void adminCannotLockThemselvesOut(String change, String mentions) {
    assertProblem(api.patch("api/v1/accounts/admin", "admin", change), 409, mentions.strip());
    assertEquals(200, api.get("api/v1/me", "admin").status());
  }

  @Test
  void changesAreForAdminsAndKnownAccounts() {
    assertProblem(
        api.patch("api/v1/accounts/writer2", "editor", "{\"enabled\": false}"),
        403,
        "roles do not allow");
    assertProblem(
        api.patch("api/v1/accounts/nobody-here", "admin", "{\"enabled\": false}"),
        404,
        "'nobody-here'");
    assertProblem(
        api.patch("api/v1/accounts/writer2", "admin", "{\"roles\": []}"), 400, "at least one");
  }

  @Test
  void personChoosesTheirDeskLanguageAndTimeZoneAndMayClearThem() {
    String username = open("WRITER");

    Api.Answer chosen = patchMe(username, "{\"locale\": \"en\", \"timeZone\": \"Europe/Berlin\"}");

    assertEquals(200, chosen.status(), chosen::toString);
    assertEquals("en", chosen.json().getString("locale"));
    assertEquals("Europe/Berlin", chosen.json().getString("timeZone"));
    Api.Answer renamed = patchMe(username, "{\"penName\": \"필명\"}");
    assertEquals("en", renamed.json().getString("locale"), "what is not sent stays");
    Api.Answer cleared = patchMe(username, "{\"locale\": \"\", \"timeZone\": \"\"}");
    assertTrue(cleared.json().isNull("locale"));
    assertTrue(cleared.json().isNull("timeZone"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"locale\": \"fr\"} | locale must be one of ko, en",
        "{\"locale\": \"en-US\"} | locale must be one of ko, en",
        "{\"timeZone\": \"Mars/Olympus\"} | timeZone must be a time zone",
        "{\"penName\": \"새 필명\", \"timeZone\": \"+09:00\"} | timeZone must be a time zone"
      })
  void unknownLanguageOrTimeZoneIsABadRequestAndChangesNothing(String change, String mentions) {
    String username = open("WRITER");

    assertProblem(patchMe(username, change), 400, mentions.strip());

    JsonObject me = api.get("api/v1/me", username, PASSWORD).json();
    assertTrue(me.isNull("locale"));
    assertTrue(me.isNull("timeZone"));
    assertTrue(me.isNull("penName"), "nothing of a refused change is kept");
  }

  private Api.Answer patchMe(String username, String json) {
    return api.send(
        api.request(api.uri("api/v1/me"), null)
            .header("Authorization", Api.basic(username, PASSWORD))
            .header("Content-Type", "application/json")
            .method(
                "PATCH",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    json, java.nio.charset.StandardCharsets.UTF_8)));
  }

  private String open(String role) {
    String username = uniqueName("acct");
    api.openAccount(username, "계정 변경", PASSWORD, role);
    return username;
  }

  private static Set<String> usernames(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(account -> account.getString("username"))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @CsvSource({
    "page=2147483647&size=100, beyond the end of any list",
    "size=0, size must be between 1 and 100",
    "size=101, size must be between 1 and 100",
    "size=ten, size must be a whole number",
    "page=-1, page must be 0 or more"
  })
  void badPagingIsABadRequest(String query, String mentions) {
    assertProblem(api.get("api/v1/accounts?" + query, "admin"), 400, mentions);
  }

  @Test
  void unknownApiPathIsANotFoundProblem() {
    assertProblem(api.get("api/v1/no-such-thing", "admin"), 404, "/api/v1/no-such-thing");
  }

  @Test
  void unsupportedMethodIsRefusedWithAllowHeader() {
    Api.Answer refused =
        api.send(
            api.request(api.uri("api/v1/me"), "admin")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()));

    assertProblem(refused, 405, "not allowed");
    assertTrue(refused.header("Allow").contains("GET"), refused.header("Allow"));
  }

  @Test
  void apiCallsLeaveNoSessionBehind() {
    Api.Answer me = api.get("api/v1/me", "writer");

    assertEquals(200, me.status());
    assertNull(me.header("Set-Cookie"), "the API is stateless");
  }

  private static String uniqueName(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }
}
