package dev.columndesk.it.security;

import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import jakarta.json.Json;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The password rules wherever a password is set: opening an account, changing one's own. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordRulesIT {

  private static final String PASSWORD = "a long initial password";

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  private static String someone() {
    return "rules." + UUID.randomUUID().toString().substring(0, 8);
  }

  private Api.Answer open(String username, String password) {
    return api.post(
        "api/v1/accounts",
        "admin",
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "규칙 시험")
            .add("password", password)
            .add("roles", Json.createArrayBuilder().add("WRITER"))
            .build()
            .toString());
  }

  @Test
  void theApiRefusesWeakPasswordsSayingWhy() {
    String username = someone();

    assertProblem(open(username, "short"), 400, "at least 12 characters");
    assertProblem(open(username, "x".repeat(1025)), 400, "at most 1024 characters");
    assertProblem(open(username, "My " + username + " pass"), 400, "must not contain the username");
    assertProblem(open(username, "Password1234"), 400, "most common passwords");
    assertProblem(open(username, "abababababababab"), 400, "different characters");
    assertEquals(401, api.get("api/v1/me", username, "Password1234").status(), "nothing opened");
    assertEquals(201, open(username, PASSWORD).status(), "a good one is taken");
  }

  @Test
  void theAccountPageRefusesAWeakNewPasswordAndKeepsTheOldOne() {
    String username = someone();
    api.openAccount(username, "규칙 시험", PASSWORD, "WRITER");
    String cookie = api.deskSignIn(username, PASSWORD).cookies();
    Api.Answer page = api.withCookie("/desk/account", cookie);
    assertEquals(200, page.status(), page::toString);

    Api.Answer refused =
        api.form(
            "/desk/account",
            cookie,
            Map.of(
                "password", "password",
                "password:currentPassword", PASSWORD,
                "password:newPassword", "password1234",
                "password:confirmation", "password1234",
                "password:changePassword", "",
                "jakarta.faces.ViewState", page.viewState(),
                "primefaces.nonce", page.nonce()));

    assertEquals(200, refused.status(), "the form again, not the saved page");
    assertTrue(
        refused.body().contains("널리 알려진 비밀번호입니다")
            || refused.body().contains("one of the best-known passwords"),
        refused::body);
    assertEquals(200, api.get("api/v1/me", username, PASSWORD).status(), "the old one still works");
    assertEquals(401, api.get("api/v1/me", username, "password1234").status());
  }
}
