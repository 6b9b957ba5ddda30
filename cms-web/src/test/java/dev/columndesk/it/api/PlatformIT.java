package dev.columndesk.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed application as operators and first visitors see it: health, front door, errors. */
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
    assertTrue(
        database.getJsonObject("data").getString("product").startsWith("H2 2.3"), json::toString);
    assertEquals("1", database.getJsonObject("data").getString("schemaVersion"));
  }

  @Test
  void readinessIncludesTheDatabase() {
    Api.Answer ready = api.server("/health/ready");

    assertEquals(200, ready.status(), ready::toString);
    assertTrue(ready.body().contains("\"database\""), ready::toString);
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
  void deskSessionCookieDoesNotAuthenticateTheApi() {
    // A desk page sets a session; the API must still demand its own credentials.
    Api.Answer login = api.page("/login");
    String cookie = login.header("Set-Cookie");
    assertTrue(
        cookie != null && cookie.startsWith("JSESSIONID="), () -> "session cookie: " + cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

    Api.Answer me =
        api.send(
            api.request(api.uri("api/v1/me"), null)
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .GET());
    assertEquals(401, me.status());
  }
}
