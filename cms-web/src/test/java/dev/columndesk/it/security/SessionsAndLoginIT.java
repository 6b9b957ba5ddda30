package dev.columndesk.it.security;

import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The desk's session over real HTTP: a new id at sign-in, a dead id after sign-out, safe cookies,
 * no way off the site through a sign-in link, and guessing slowed down per client address as well
 * as per account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsAndLoginIT {

  private static final String SESSION = "JSESSIONID";

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void signingInGivesANewSessionIdAndTheOldOneOpensNothing() {
    Api.Answer login = api.page("/login");
    String before = login.cookie(SESSION);
    assertNotNull(before, "the login page starts a session");

    Api.Answer signedIn = api.deskSignIn(login, "writer", Api.DEMO_PASSWORD);

    assertEquals(302, signedIn.status(), signedIn::toString);
    String after = signedIn.cookie(SESSION);
    assertNotNull(after, "a new session cookie at sign-in");
    assertNotEquals(before, after);
    assertEquals(200, api.withCookie("/desk/", after).status());
    Api.Answer fixated = api.withCookie("/desk/", before);
    assertEquals(302, fixated.status(), "the id known before sign-in is not signed in");
    assertTrue(fixated.header("Location").contains("/login"), fixated::toString);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
    String cookie =
        api.page("/login").response().headers().allValues("Set-Cookie").stream()
            .filter(header -> header.startsWith(SESSION + "="))
            .findFirst()
            .orElseThrow();
    String attributes = cookie.toLowerCase();

    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; samesite=lax"), cookie);
    assertFalse(attributes.contains("; secure"), "the test server speaks plain HTTP: " + cookie);
  }

  @Test
  void signingOutKillsTheSessionId() {
    String cookie = api.deskSignIn("writer", Api.DEMO_PASSWORD).cookies();
    Api.Answer desk = api.withCookie("/desk/", cookie);
    assertEquals(200, desk.status());

    Matcher action =
        Pattern.compile("<form id=\"session\"[^>]*action=\"([^\"]+)\"").matcher(desk.body());
    assertTrue(action.find(), "the sign-out form");
    Api.Answer out =
        api.form(
            action.group(1).replace("&amp;", "&"),
            cookie,
            Map.of(
                "session",
                "session",
                "session:signOut",
                "",
                "jakarta.faces.ViewState",
                desk.viewState(),
                "primefaces.nonce",
                desk.nonce()));

    assertEquals(302, out.status(), out::toString);
    assertTrue(out.header("Location").contains("/login?signedOut=true"), out::toString);
    Api.Answer after = api.withCookie("/desk/", cookie);
    assertEquals(302, after.status(), "the old cookie no longer opens the desk");
    assertTrue(after.header("Location").contains("/login"));
  }

  @Test
  void noGetSignsOut() {
    String cookie = api.deskSignIn("writer", Api.DEMO_PASSWORD).cookies();
    for (String path :
        List.of("/logout", "/desk/logout", "/login?signedOut=true", "/desk/?signOut=true")) {
      api.withCookie(path, cookie);
    }

    assertEquals(200, api.withCookie("/desk/", cookie).status(), "still signed in");
  }

  /** What a crafted sign-in link may carry in {@code next}, decoded as the server sees it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "https:evil.example",
        "https://evil.example/desk/",
        "%2F%2Fevil.example",
        "javascript:alert(1)",
        "/desk/\r\nLocation: https://evil.example",
        "/\t/evil.example",
        "evil.example"
      })
  void noSignInLinkLeadsOffSite(String next) {
    String link = "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    Api.Answer login = api.page(link);
    assertEquals(200, login.status(), login::toString);

    Api.Answer signedIn =
        api.form(
            link,
            login.cookies(),
            Map.of(
                "login",
                "login",
                "username",
                "writer",
                "password",
                Api.DEMO_PASSWORD,
                "signIn",
                "",
                "jakarta.faces.ViewState",
                login.viewState(),
                "primefaces.nonce",
                login.nonce()));
    assertStaysOnSite(signedIn);

    // Someone already signed in is sent on at once.
    assertStaysOnSite(api.withCookie(link, signedIn.cookies()));
  }

  private void assertStaysOnSite(Api.Answer redirect) {
    assertEquals(302, redirect.status(), redirect::toString);
    String location = redirect.header("Location");
    URI target = api.uri("/").resolve(location);
    assertEquals(api.uri("/").getAuthority(), target.getAuthority(), location);
    assertTrue(target.getPath().startsWith("/desk"), location);
    assertFalse(location.contains("evil"), location);
  }

  // --- per client address ----------------------------------------------------------------------

  /** A made-up client behind the loopback proxy (the default trusted proxy). */
  private static String someClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private Api.Answer me(String client, String username, String password) {
    return api.send(
        api.request(api.uri("api/v1/me"), null)
            .header("X-Forwarded-For", client)
            .header("Authorization", Api.basic(username, password))
            .GET());
  }

  /** Twenty wrong guesses at twenty different accounts: no account reaches its own limit. */
  private void guessAcrossAccounts(String client) {
    for (int i = 0; i < 20; i++) {
      Api.Answer wrong =
          me(
              client,
              "guess" + i + "." + UUID.randomUUID().toString().substring(0, 6),
              "a wrong password");
      assertProblem(wrong, 401, "Wrong username or password");
    }
  }

  @Test
  void oneAddressGuessingAcrossAccountsMustWaitWhileOthersSignInFreely() {
    String username = "address." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "주소 시험", "the right password", "WRITER");
    String guesser = someClient();
    guessAcrossAccounts(guesser);

    Api.Answer refused = me(guesser, username, "the right password");

    assertProblem(refused, 429, "from this address");
    long seconds = Long.parseLong(refused.header("Retry-After"));
    assertTrue(seconds >= 1 && seconds <= 60, () -> "Retry-After " + seconds);
    assertEquals(200, me(someClient(), username, "the right password").status(), "another client");
    assertEquals(200, api.get("api/v1/me", username, "the right password").status(), "direct");
  }

  @Test
  void theDeskLoginPageSaysTheAddressMustWait() {
    String guesser = someClient();
    guessAcrossAccounts(guesser);
    Api.Answer login = api.send(page("/login", guesser, null));

    Api.Answer refused =
        api.send(
            page("/login", guesser, login.cookies())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "login",
                                "login",
                                "username",
                                "writer",
                                "password",
                                Api.DEMO_PASSWORD,
                                "signIn",
                                "",
                                "jakarta.faces.ViewState",
                                login.viewState(),
                                "primefaces.nonce",
                                login.nonce())))));

    assertEquals(200, refused.status(), "the form again, not the desk");
    assertTrue(
        refused.body().contains("이 주소에서 로그인 실패가 너무 많습니다")
            || refused.body().contains("Too many failed sign-ins from this address"),
        refused::toString);
  }

  private HttpRequest.Builder page(String path, String client, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("Accept", "text/html")
            .header("X-Forwarded-For", client);
    return cookie == null || cookie.isEmpty() ? request : request.header("Cookie", cookie);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
