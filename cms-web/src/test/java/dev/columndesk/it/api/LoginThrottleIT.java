package dev.columndesk.it.api;

import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing over HTTP Basic is throttled per account: five wrong passwords are answered
 * 401, then the account must wait (429 with Retry-After), even for the right password. Every test
 * opens its own accounts so that no demo account is ever locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

  private static final String PASSWORD = "the right password";
  private static final int FREE_FAILURES = 5;

  /** The desk's message, in Korean or English as the browser asks, with the seconds to wait. */
  private static final String WAIT_MESSAGE =
      "(?s).*(로그인 실패가 너무 많습니다\\. [0-9]+초 뒤에"
          + "|Too many failed sign-ins for this account\\. Try again in [0-9]+ seconds).*";

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  private String openAccount() {
    String username = "throttle." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "잠금 시험", PASSWORD, "WRITER");
    return username;
  }

  private Api.Answer me(String username, String password) {
    return api.get("api/v1/me", username, password);
  }

  private void failTimes(String username, int times) {
    for (int i = 1; i <= times; i++) {
      Api.Answer wrong = me(username, "wrong password " + i);
      assertProblem(wrong, 401, "Wrong username or password");
      assertEquals("Basic realm=\"column-desk\"", wrong.header("WWW-Authenticate"), "attempt " + i);
    }
  }

  @Test
  void sixthAttemptAfterFiveWrongPasswordsMustWaitEvenWithTheRightPassword() {
    String username = openAccount();
    failTimes(username, FREE_FAILURES);

    Api.Answer throttled = me(username, PASSWORD);

    assertProblem(throttled, 429, "try again");
    String retryAfter = throttled.header("Retry-After");
    assertNotNull(retryAfter, "Retry-After");
    long seconds = Long.parseLong(retryAfter);
    assertTrue(seconds >= 1 && seconds <= 15 * 60, () -> "Retry-After " + retryAfter);
  }

  /** Guesses wrong until the account is throttled; fails if that takes more than a few. */
  private void lock(String username) {
    failTimes(username, FREE_FAILURES);
    for (int extra = 0; extra < 2; extra++) {
      if (me(username, "one more guess " + extra).status() == 429) {
        return;
      }
    }
    throw new AssertionError(username + " was never throttled");
  }

  @Test
  void furtherGuessesStayThrottled() {
    String username = openAccount();
    lock(username);

    for (int i = 0; i < 3; i++) {
      Api.Answer guess = me(username, "another guess " + i);
      assertProblem(guess, 429, "try again");
      assertNotNull(guess.header("Retry-After"));
    }
    assertEquals(429, me(username, PASSWORD).status(), "the right password waits too");
  }

  @Test
  void anotherAccountIsUnaffected() {
    String locked = openAccount();
    String other = openAccount();
    lock(locked);

    Api.Answer fine = me(other, PASSWORD);
    assertEquals(200, fine.status(), fine::toString);
    assertEquals(other, fine.json().getString("username"));
    assertEquals(429, me(locked, PASSWORD).status());
  }

  @Test
  void deskSignInSharesTheCountAndSaysHowLongToWait() {
    String username = openAccount();
    failTimes(username, FREE_FAILURES);

    Api.Answer refused = api.deskSignIn(username, PASSWORD);

    assertEquals(200, refused.status(), "the form again, not a redirect into the desk");
    assertTrue(refused.body().matches(WAIT_MESSAGE), refused::toString);
  }

  @Test
  void wrongPasswordsOnTheDeskFormCountToo() {
    String username = openAccount();
    for (int i = 0; i < FREE_FAILURES; i++) {
      Api.Answer wrong = api.deskSignIn(username, "wrong password " + i);
      assertEquals(200, wrong.status(), "attempt " + i);
      assertFalse(wrong.body().matches(WAIT_MESSAGE), "attempt " + i);
    }

    assertProblem(me(username, PASSWORD), 429, "try again");
  }

  @Test
  void successBeforeTheLimitStartsTheCountAgain() {
    String username = openAccount();
    failTimes(username, FREE_FAILURES - 1);

    assertEquals(200, me(username, PASSWORD).status(), "still allowed before the limit");

    // A fresh count: five more wrong passwords are ordinary 401s, not 429s.
    failTimes(username, FREE_FAILURES);
  }
}
