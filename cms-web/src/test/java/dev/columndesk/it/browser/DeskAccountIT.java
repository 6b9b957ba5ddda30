package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account page in a real browser: profile, language and time zone, the password, and which
 * language the desk speaks. Each test opens its own account, so the demo accounts stay as they are.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskAccountIT {

  @ArquillianResource private URL base;
  private Api api;
  private WebDriver browser;
  private String username;

  @BeforeEach
  void openAccount() {
    api = new Api(base);
    username = "acct." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "새 필자", Api.DEMO_PASSWORD, "WRITER");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void writerSetsPenNameAndEnglishAndTheWholeDeskSpeaksEnglish() {
    ColumnsApi columns = new ColumnsApi(api);
    columns.inStatus(username, "PUBLISHED");
    browser = Browser.start("ko");
    signIn(Api.DEMO_PASSWORD);
    assertEquals("새 필자님, 환영합니다", text("welcome"));

    open("navAccount", "/desk/account");
    assertEquals("내 계정", text("accountTitle"));
    assertTrue(text("accountFacts").contains("Asia/Seoul"), "the default time zone");
    type("profile:penName", "밤의 칼럼니스트");
    type("profile:bio", "밤에만 씁니다.");
    choose("profile:locale", null, "English (영어)", "en");
    choose("profile:timeZone", "Berlin", "Europe/Berlin", "Europe/Berlin");
    submit(By.id("profile:save"));

    assertEquals("Your account", text("accountTitle"));
    assertEquals("Your profile and settings are saved.", text("profileSaved"));
    assertEquals("Account", text("navAccount"));
    assertEquals("Save", browser.findElement(By.id("profile:save")).getText());
    assertTrue(text("accountFacts").contains("Europe/Berlin"), text("accountFacts"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("밤의 칼럼니스트", valueOf("profile:penName"));
    Browser.screenshot(browser, "desk-account-en");

    open("navHome", "/desk/");
    assertEquals("Welcome, 새 필자", text("welcome"));
    assertEquals(
        "Writer", browser.findElement(By.cssSelector("#roles li[data-role=WRITER]")).getText());
    assertTrue(text("clock").contains("(Europe/Berlin)"), text("clock"));
    assertEquals("Sign out", browser.findElement(By.id("session:signOut")).getText());

    String author = api.page("/authors/" + username).body();
    assertTrue(author.contains("<h1>밤의 칼럼니스트</h1>"), author);
    assertTrue(author.contains("밤에만 씁니다."), author);
  }

  @Test
  void refusedProfileKeepsWhatWasTypedAndChangesNothing() {
    browser = Browser.start("ko");
    signIn(Api.DEMO_PASSWORD);
    browser.get(base + "desk/account");

    type("profile:displayName", "");
    type("profile:penName", "남겨 둘 필명");
    submit(By.id("profile:save"));

    assertEquals(
        "표시 이름을 입력해 주세요.",
        browser.findElement(By.cssSelector("[id='profile:displayName'] ~ .ui-message")).getText());
    assertEquals("남겨 둘 필명", valueOf("profile:penName"));
    Browser.screenshot(browser, "desk-account-refused-ko");
    JsonObject me = me(Api.DEMO_PASSWORD);
    assertEquals("새 필자", me.getString("displayName"));
    assertTrue(me.isNull("penName"), "nothing saved");
  }

  @Test
  void wrongCurrentPasswordIsRefusedAndTheOldPasswordStillWorks() {
    browser = Browser.start("en-US");
    signIn(Api.DEMO_PASSWORD);
    browser.get(base + "desk/account");

    changePassword("not my password", "a new long password", "a new long password");

    assertEquals(
        "The current password is not right. Your password has not been changed.",
        text("password:currentPasswordCheck"));
    Browser.screenshot(browser, "desk-account-wrong-password-en");
    assertEquals(200, api.get("api/v1/me", username, Api.DEMO_PASSWORD).status());
    assertEquals(401, api.get("api/v1/me", username, "a new long password").status());

    changePassword(Api.DEMO_PASSWORD, "too short", "too short");
    assertTrue(
        browser.getPageSource().contains("The new password must be at least 12 characters."));

    changePassword(Api.DEMO_PASSWORD, "a new long password", "a different password");
    assertEquals("The two new passwords are not the same.", text("password:confirmationCheck"));
    assertEquals(200, api.get("api/v1/me", username, Api.DEMO_PASSWORD).status());
  }

  @Test
  void changedPasswordSignsInAndTheOldOneNoLonger() {
    browser = Browser.start("en-US");
    signIn(Api.DEMO_PASSWORD);
    browser.get(base + "desk/account");

    changePassword(Api.DEMO_PASSWORD, "a new long password", "a new long password");

    assertEquals(
        "Your password has been changed. Use the new one next time you sign in.",
        text("passwordSaved"));
    submit(By.id("session:signOut"));
    waitForPath("/login");
    signInAgain("a new long password");
    waitForPath("/desk/");
    assertEquals("Welcome, 새 필자", text("welcome"));
    assertEquals(401, api.get("api/v1/me", username, Api.DEMO_PASSWORD).status());
  }

  @Test
  void browserLanguageUnlessTheAccountChoseOne() {
    browser = Browser.start("ko");
    signIn(Api.DEMO_PASSWORD);
    assertEquals("새 필자님, 환영합니다", text("welcome"));
    browser.quit();

    browser = Browser.start("en-US");
    signIn(Api.DEMO_PASSWORD);
    assertEquals("Welcome, 새 필자", text("welcome"));

    Api.Answer chosen =
        api.send(
            api.request(api.uri("api/v1/me"), null)
                .header("Authorization", Api.basic(username, Api.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    java.net.http.HttpRequest.BodyPublishers.ofString("{\"locale\":\"ko\"}")));
    assertEquals(200, chosen.status(), chosen::toString);
    browser.get(base + "desk/");
    assertEquals("새 필자님, 환영합니다", text("welcome"));
    assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
    Browser.screenshot(browser, "desk-home-account-ko-in-english-browser");
  }

  // --- helpers -----------------------------------------------------------------------------------

  private JsonObject me(String password) {
    Api.Answer me = api.get("api/v1/me", username, password);
    assertEquals(200, me.status(), me::toString);
    return me.json();
  }

  private void signIn(String password) {
    browser.get(base + "login");
    signInAgain(password);
    waitForPath("/desk/");
  }

  private void signInAgain(String password) {
    type("username", username);
    type("password", password);
    submit(By.id("signIn"));
  }

  private void changePassword(String current, String next, String again) {
    type("password:currentPassword", current);
    type("password:newPassword", next);
    type("password:confirmation", again);
    submit(By.id("password:changePassword"));
  }

  private void open(String linkId, String path) {
    submit(By.id(linkId));
    waitForPath(path);
  }

  private String text(String id) {
    try {
      return browser.findElement(By.id(id)).getText().strip();
    } catch (NoSuchElementException e) {
      throw new AssertionError(
          "no #"
              + id
              + " on "
              + browser.getCurrentUrl()
              + " titled '"
              + browser.getTitle()
              + "': "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private String valueOf(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  private void type(String id, String value) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(value);
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a person clicks it, typing into
   * the menu's filter first when there is one. The menu's panel fades in, and a click during the
   * fade can miss: so the pick is tried again until the menu's hidden select holds the value.
   */
  private void choose(String menuId, String filter, String label, String value) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    for (int attempt = 1; attempt <= 3 && !value.equals(valueOf(menuId + "_input")); attempt++) {
      browser.findElement(By.id(menuId)).click();
      if (filter != null) {
        WebElement field =
            wait(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_filter")));
        field.clear();
        field.sendKeys(filter);
      }
      try {
        wait(15).until(ExpectedConditions.elementToBeClickable(item)).click();
        wait(3).until(ExpectedConditions.attributeToBe(By.id(menuId + "_input"), "value", value));
      } catch (TimeoutException | ElementNotInteractableException e) {
        // Still fading in, or the click missed: close the panel and try again.
        browser.findElement(By.tagName("h1")).click();
      }
    }
    assertEquals(value, valueOf(menuId + "_input"), "chosen in " + menuId);
  }

  /** Clicks and waits for the next page, as DeskLoginIT does (see its {@code submit}). */
  private void submit(By button) {
    Browser.submit(browser, button);
  }

  private void waitForPath(String path) {
    wait(15).until(ExpectedConditions.urlContains(path));
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }
}
