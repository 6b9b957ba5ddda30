package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.SuiteDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed application as operators and first visitors see it: health, metrics, front door,
 * errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void healthIsUpWithTheDatabaseCheck() {
    Api.Answer health = api.server("/health");

    assertEquals(200, health.status(), health::toString);
    JsonObject json = health.json();
    assertEquals("UP", json.getString("status"));
    JsonObject database =
        json.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check in " + json));
    assertEquals("UP", database.getString("status"));
    assertEquals(
        SuiteDatabase.product(),
        database.getJsonObject("data").getString("product"),
        json::toString);
    assertEquals("10", database.getJsonObject("data").getString("schemaVersion"));
  }

  @Test
  void readinessIncludesTheDatabase() {
    Api.Answer ready = api.server("/health/ready");

    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("\"database\""), ready::toString);
  }

  @Test
  void livenessIncludesThePublishingClock() {
    Api.Answer live = api.server("/health/live");

    assertEquals(200, live.status(), live::toString);
    JsonObject clock = check(live.json(), "publishing-clock");
    assertEquals("UP", clock.getString("status"), live::toString);
    assertEquals("false", clock.getJsonObject("data").getString("stopping"), live::toString);
  }

  @Test
  void metricsCountTheClocksPollsAndTheRequests() throws InterruptedException {
    String before = metrics();
    double polls = metric(before, "publishing_polls_total");
    double apiCalls = metric(before, "http_requests_total", "area=\"api\"", "status=\"2xx\"");
    assertEquals(200, api.get("api/v1/me", "editor").status());

    Thread.sleep(2500);

    String after = metrics();
    assertTrue(
        metric(after, "publishing_polls_total") >= polls + 2, "the clock polls every second");
    assertTrue(
        metric(after, "http_requests_total", "area=\"api\"", "status=\"2xx\"") >= apiCalls + 1,
        after);
    assertTrue(after.contains("publishing_queue{"), "the queue's depth is reported");
  }

  @Test
  void metricsTimeEachScheduledPublicationAndShowTheQueue() {
    ColumnsApi columns = new ColumnsApi(api);
    double timed = metric(metrics(), "publishing_lateness_millis_count", "action=\"publish\"");
    long later = columns.scheduledFor(Instant.now().plusSeconds(3600));
    long soon = columns.scheduledFor(Instant.now().plusSeconds(2));

    columns.await(
        expect(columns.get(soon, ColumnsApi.EDITOR), 200),
        column -> column.getString("status").equals("PUBLISHED"),
        Duration.ofSeconds(15));
    awaitMetric("publishing_lateness_millis_count", timed + 1, "action=\"publish\"");
    // The hour-ahead column waits in the queue (read every few polls).
    awaitMetric("publishing_queue", 1, "state=\"waiting\"");
    columns.transition(later, "unschedule", ColumnsApi.PUBLISHER);
  }

  private void awaitMetric(String name, double atLeast, String... labels) {
    Instant deadline = Instant.now().plusSeconds(15);
    String now = metrics();
    while (metric(now, name, labels) < atLeast) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(name + " stayed below " + atLeast + ":\n" + now);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      now = metrics();
    }
  }

  /** Payara's MicroProfile Metrics endpoint in Prometheus' text format. */
  private String metrics() {
    Api.Answer metrics =
        api.send(HttpRequest.newBuilder(api.serverUri("/metrics")).header("Accept", "text/plain"));
    assertEquals(200, metrics.status(), metrics::toString);
    return metrics.body();
  }

  /** The value of the first sample of the metric that carries every label; 0 when none does. */
  private static double metric(String metrics, String name, String... labels) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(name + "{"))
        .filter(line -> Stream.of(labels).allMatch(line::contains))
        .findFirst()
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .orElse(0.0);
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " check in " + health));
  }

  @Test
  void frontDoorAnswersInKoreanAndEnglish() {
    Api.Answer front = api.page("/");

    assertEquals(200, front.status());
    assertTrue(front.header("Content-Type").startsWith("text/html"));
    assertTrue(front.body().contains("칼럼 데스크"), front::body);
    assertTrue(front.body().contains("Column Desk"), front::body);
  }

  @Test
  void unknownPageIsAReadableNotFound() {
    Api.Answer missing = api.page("/no/such/page");

    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("찾는 페이지가 없습니다"), missing::body);
    assertFalse(missing.body().contains("Payara"), "no server internals");
  }

  @Test
  void deskRequiresSigningIn() {
    Api.Answer desk = api.page("/desk/");

    assertEquals(302, desk.status());
    assertTrue(desk.header("Location").endsWith("/login?next=%2Fdesk%2F"), desk.header("Location"));
  }

  @Test
  void signedInDeskSessionDoesNotAuthenticateTheApi() {
    String session = signIn("editor", Api.DEMO_PASSWORD);
    assertEquals(200, api.withCookie("/desk/", session).status(), "the cookie opens the desk");

    // ... but never the API, however the path is spelled.
    assertEquals(401, api.withCookie("api/v1/me", session).status());
    assertNotEquals(200, api.withCookie("%61pi/v1/me", session).status());
    assertNotEquals(200, api.withCookie("api;x=1/v1/me", session).status());
  }

  @Test
  void deskSessionEndsWhenTheAccountIsDisabled() {
    String username = "desk." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "곧 정지", "to be disabled", "WRITER");
    String session = signIn(username, "to be disabled");
    assertEquals(200, api.withCookie("/desk/", session).status());

    api.patch("api/v1/accounts/" + username, "admin", "{\"enabled\": false}");

    Api.Answer desk = api.withCookie("/desk/", session);
    assertEquals(302, desk.status(), "back to the login page at once");
    assertTrue(desk.header("Location").contains("/login"), desk.header("Location"));
  }

  /** Signs in through the desk's form as a browser does; answers the new session cookie. */
  private String signIn(String username, String password) {
    Api.Answer login = api.page("/login");
    String anonymousSession = login.cookie("JSESSIONID");
    String setCookie = login.header("Set-Cookie");
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), setCookie);

    Api.Answer signedIn = api.deskSignIn(login, username, password);
    assertEquals(302, signedIn.status(), signedIn::toString);
    String session = signedIn.cookie("JSESSIONID");
    assertNotNull(session, "a new session id at sign-in");
    assertNotEquals(anonymousSession, session);
    return session;
  }

  @Test
  void errorsOutsideTheApiApplicationAreProblemsToo() {
    Api.Answer missing = api.get("api/v2/me", "editor");

    assertEquals(404, missing.status());
    assertTrue(
        missing.header("Content-Type").startsWith("application/problem+json"), missing::toString);
    assertEquals("Not Found", missing.json().getString("title"));
  }
}
