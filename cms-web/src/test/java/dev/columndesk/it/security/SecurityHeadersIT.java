package dev.columndesk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer carries the security headers: public pages, the login page, desk pages,
 * Faces resources, static files, the API with its problem documents, error pages and redirects.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  /** One answer's security headers, or the list of what is wrong with them. */
  private static List<String> problems(String what, Api.Answer answer) {
    List<String> wrong = new ArrayList<>();
    check(wrong, answer, "X-Content-Type-Options", "nosniff");
    check(wrong, answer, "X-Frame-Options", "DENY");
    check(wrong, answer, "Referrer-Policy", "strict-origin-when-cross-origin");
    List<String> policies = answer.response().headers().allValues("Content-Security-Policy");
    if (policies.size() != 1) {
      wrong.add("one Content-Security-Policy, not " + policies);
    } else {
      String policy = policies.get(0);
      for (String directive : List.of("frame-ancestors 'none'", "form-action 'self'", "base-uri")) {
        if (!policy.contains(directive)) {
          wrong.add("policy without " + directive + ": " + policy);
        }
      }
      if (policy.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*")) {
        wrong.add("policy allows inline scripts: " + policy);
      }
      if (!policy.contains("default-src 'none'") && !policy.contains("object-src 'none'")) {
        wrong.add("policy allows plug-ins: " + policy);
      }
    }
    if (answer.header("Strict-Transport-Security") != null) {
      wrong.add("HSTS over plain HTTP");
    }
    return wrong.isEmpty() ? wrong : List.of(what + " (" + answer.status() + "): " + wrong);
  }

  private static void check(List<String> wrong, Api.Answer answer, String name, String value) {
    if (!value.equals(answer.header(name))) {
      wrong.add(name + " was " + answer.header(name));
    }
  }

  private String deskCookie() {
    Api.Answer signedIn = api.deskSignIn("writer", Api.DEMO_PASSWORD);
    assertEquals(302, signedIn.status(), signedIn::toString);
    return signedIn.cookies();
  }

  @Test
  void everyKindOfAnswerCarriesTheHeaders() {
    Api.Answer login = api.page("/login");
    Matcher resource =
        Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
    assertTrue(resource.find(), "the login page loads a Faces resource");
    String resourcePath = resource.group(1).replace("&amp;", "&");
    String cookie = deskCookie();

    List<String> wrong = new ArrayList<>();
    wrong.addAll(problems("login page", login));
    wrong.addAll(problems("front page", expect(200, api.page("/"))));
    wrong.addAll(problems("Atom feed", expect(200, api.page("/feed.atom"))));
    wrong.addAll(problems("sitemap", expect(200, api.page("/sitemap.xml"))));
    wrong.addAll(problems("unknown column", expect(404, api.page("/columns/no-such-column"))));
    wrong.addAll(problems("unknown path", expect(404, api.page("/no/such/thing"))));
    wrong.addAll(problems("error page asked for", api.page("/error")));
    wrong.addAll(problems("Faces resource", expect(200, api.page(resourcePath))));
    wrong.addAll(problems("static file", expect(200, api.page("/static/site.css"))));
    wrong.addAll(problems("desk, signed out", expect(302, api.page("/desk/"))));
    wrong.addAll(problems("desk, signed in", expect(200, api.withCookie("/desk/", cookie))));
    wrong.addAll(
        problems(
            "admin page, writer", expect(403, api.withCookie("/desk/admin/accounts", cookie))));
    wrong.addAll(problems("API, anonymous", expect(401, api.get("api/v1/me", null))));
    wrong.addAll(problems("API, signed in", expect(200, api.get("api/v1/me", "writer"))));
    wrong.addAll(
        problems("API, wrong password", expect(401, api.get("api/v1/me", "nobody-at-all", "x"))));
    wrong.addAll(
        problems(
            "API, bad Basic header",
            expect(
                401,
                api.send(
                    api.request(api.uri("api/v1/me"), null)
                        .header("Authorization", "Basic !!!")
                        .GET()))));
    wrong.addAll(problems("API, forbidden", expect(403, api.get("api/v1/accounts", "writer"))));
    wrong.addAll(
        problems("API, not found", expect(404, api.get("api/v1/columns/987654321", "editor"))));
    wrong.addAll(
        problems(
            "API, bad JSON", expect(400, api.post("api/v1/columns", "writer", "{\"title\":"))));
    wrong.addAll(problems("API, unknown path", expect(404, api.get("api/v1/no-such", "writer"))));
    wrong.addAll(problems("forged desk form", forgedPost(cookie)));

    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  private static Api.Answer expect(int status, Api.Answer answer) {
    assertEquals(status, answer.status(), answer::toString);
    return answer;
  }

  /**
   * The desk's sign-out form posted as another site would: with the session (had the browser sent
   * it) but a view state it could only make up. Refused, and the session lives on.
   */
  private Api.Answer forgedPost(String cookie) {
    Api.Answer desk = api.withCookie("/desk/", cookie);
    Matcher action =
        Pattern.compile("<form id=\"session\"[^>]*action=\"([^\"]+)\"").matcher(desk.body());
    assertTrue(action.find(), "the sign-out form");
    Api.Answer refused =
        api.form(
            action.group(1).replace("&amp;", "&"),
            cookie,
            Map.of(
                "session", "session",
                "session:signOut", "",
                "jakarta.faces.ViewState", "-4711:4711"));
    assertTrue(refused.status() < 500, refused::toString);
    assertEquals(200, api.withCookie("/desk/", cookie).status(), "still signed in");
    return refused;
  }

  @Test
  void deskPagesAllowOnlyTheirOwnNoncedScripts() {
    Api.Answer desk = api.withCookie("/desk/", deskCookie());

    String policy = desk.header("Content-Security-Policy");
    assertNotNull(policy);
    Matcher scriptSrc = Pattern.compile("script-src ([^;]*)").matcher(policy);
    assertTrue(scriptSrc.find(), policy);
    assertEquals("'self' 'nonce-" + desk.nonce() + "'", scriptSrc.group(1).strip(), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(desk.body());
    while (inline.find()) {
      assertTrue(
          inline.group(1).contains("nonce=\"" + desk.nonce() + "\""),
          () -> "an inline script without the nonce: " + inline.group());
    }
    assertFalse(
        Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE).matcher(desk.body()).find(),
        "no inline event handler");
  }

  @Test
  void publicPagesAllowNoScriptAtAll() {
    String policy = api.page("/").header("Content-Security-Policy");

    assertTrue(policy.contains("default-src 'none'"), policy);
    assertFalse(policy.contains("script-src"), policy);
  }

  @Test
  void httpsThroughATrustedProxyAsksForHttpsFromThenOn() {
    // The test deployment trusts every peer as a proxy (cms.trusted-proxies=all).
    Api.Answer secure =
        api.send(
            HttpRequest.newBuilder(api.uri("/"))
                .header("X-Forwarded-Proto", "https")
                .header("Accept", "text/html")
                .GET());
    Api.Answer plain =
        api.send(
            HttpRequest.newBuilder(api.uri("/"))
                .header("X-Forwarded-Proto", "http")
                .header("Accept", "text/html")
                .GET());
    Api.Answer apiCall =
        api.send(
            api.request(api.uri("api/v1/me"), null).header("X-Forwarded-Proto", "https").GET());

    assertEquals("max-age=31536000", secure.header("Strict-Transport-Security"));
    assertEquals("max-age=31536000", apiCall.header("Strict-Transport-Security"));
    assertNull(plain.header("Strict-Transport-Security"));
  }
}
