package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.FailureScreenshots;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in to the desk in a real browser: the form, the session, the way back out. */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskLoginIT {

  @ArquillianResource private URL base;
  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anonymousVisitToTheDeskLandsOnTheLoginPage() {
    browser = Browser.start("en-US");
    browser.get(base + "desk/");

    assertTrue(browser.getCurrentUrl().contains("/login?next="), browser.getCurrentUrl());
    assertEquals("Sign in · Column Desk", browser.getTitle());
  }

  @Test
  void editorSignsInSeesTheDeskAndSignsOut() {
    browser = Browser.start("en-US");
    browser.get(base + "desk/");
    String sessionBefore = sessionId();
    assertNotNull(sessionBefore, "the login page has a session before signing in");

    signIn("editor", Api.DEMO_PASSWORD);

    waitForPath("/desk/");
    assertEquals("Welcome, 김편집", browser.findElement(By.id("welcome")).getText());
    assertEquals(
        "Editor", browser.findElement(By.cssSelector("#roles li[data-role=EDITOR]")).getText());
    assertTrue(browser.findElement(By.id("signedInAs")).getText().contains("editor"));
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertNotEquals(sessionBefore, session.getValue(), "a new session id after signing in");
    assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
    Browser.screenshot(browser, "desk-home-en");

    submit(By.id("session:signOut"));

    waitForPath("/login");
    assertTrue(browser.getPageSource().contains("You have signed out."));
    browser.get(base + "desk/");
    assertTrue(browser.getCurrentUrl().contains("/login"), "signed out means signed out");
  }

  @Test
  void wrongPasswordIsExplainedAndTheUsernameKept() {
    browser = Browser.start("en-US");
    browser.get(base + "login");

    signIn("writer", "not-the-password");

    assertTrue(
        browser.findElement(By.id("messages")).getText().contains("Wrong username or password"));
    assertEquals("writer", browser.findElement(By.id("username")).getAttribute("value"));
    assertEquals("", browser.findElement(By.id("password")).getAttribute("value"));
    assertTrue(browser.getCurrentUrl().contains("/login"));
    Browser.screenshot(browser, "login-wrong-password-en");
  }

  @Test
  void formSentAfterTheSessionEndedAsksToSignInAgain() {
    browser = Browser.start("en-US");
    browser.get(base + "login");
    browser.manage().deleteCookieNamed("JSESSIONID"); // as if the session had timed out

    signIn("editor", Api.DEMO_PASSWORD);

    assertTrue(browser.getCurrentUrl().contains("/login"), browser.getCurrentUrl());
    assertEquals(
        "This page had been open too long. Please sign in again.",
        browser.findElement(By.id("expired")).getText());
    signIn("editor", Api.DEMO_PASSWORD);
    waitForPath("/desk/");
  }

  @Test
  void emptyFormAsksForBothFields() {
    browser = Browser.start("en-US");
    browser.get(base + "login");

    submit(By.id("signIn"));

    String messages = browser.findElement(By.id("messages")).getText();
    assertTrue(messages.contains("Enter your username."), messages);
    assertTrue(messages.contains("Enter your password."), messages);
  }

  @ParameterizedTest
  @CsvSource({
    "/desk/?tab=reviews, desk/?tab=reviews",
    "https://evil.example/steal, desk/",
    "//evil.example/desk/, desk/"
  })
  void signingInGoesOnlyWhereThisApplicationLeads(String next, String landsOn) {
    browser = Browser.start("en-US");
    browser.get(base + "login?next=" + encode(next));

    signIn("publisher", Api.DEMO_PASSWORD);

    waitForPath("/desk/");
    assertEquals(base + landsOn, browser.getCurrentUrl());
  }

  @Test
  void koreanBrowserGetsTheKoreanDesk() {
    browser = Browser.start("ko");
    browser.get(base + "login");
    assertEquals("로그인 · 칼럼 데스크", browser.getTitle());

    signIn("writer", Api.DEMO_PASSWORD);

    waitForPath("/desk/");
    assertEquals("최칼럼님, 환영합니다", browser.findElement(By.id("welcome")).getText());
    assertEquals(
        "필자", browser.findElement(By.cssSelector("#roles li[data-role=WRITER]")).getText());
    assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
    Browser.screenshot(browser, "desk-home-ko");
  }

  private void signIn(String username, String password) {
    browser.findElement(By.id("username")).clear();
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    submit(By.id("signIn"));
  }

  /**
   * Clicks a non-Ajax button and waits until a new page has loaded. The old page is marked and the
   * wait ends when the mark is gone: asking the old page's elements whether they went stale fails
   * now and then while Chromium swaps documents.
   */
  private void submit(By button) {
    Browser.submit(browser, button);
  }

  private void waitForPath(String path) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(path));
  }

  private String sessionId() {
    Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
