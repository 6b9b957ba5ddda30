package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
 * A column's revision history in a real browser: the list of revisions, two of them compared word
 * by word, one restored as a new revision, and who may open the history at all. Columns are made
 * through the API with words of their own.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskRevisionsIT {

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private WebDriver browser;
  private String word;

  @BeforeEach
  void setUp() {
    api = new Api(base);
    columns = new ColumnsApi(api);
    word = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void historyListsEveryRevisionNewestFirstWithKoreanText() {
    JsonObject column = columns.newDraft("writer", "첫 제목 " + word, "<p>첫 문장입니다.</p>");
    column = columns.edit(column, "writer", "둘째 제목 " + word, "<p>둘째 문장입니다.</p>");
    columns.edit(column, "writer", "셋째 제목 " + word, "<p>셋째 문장입니다.</p>");
    String writerName = api.get("api/v1/me", "writer").json().getString("displayName");
    browser = Browser.start("ko");
    signIn("writer");

    history(ColumnsApi.id(column));

    assertEquals("수정 기록", text("revisionsTitle"));
    assertEquals("셋째 제목 " + word, text("columnTitle"));
    assertEquals(List.of("3", "2", "1"), cells("revision-number"));
    assertEquals(List.of("저장", "저장", "처음 작성"), cells("revision-kind"));
    assertEquals(
        List.of("셋째 제목 " + word, "둘째 제목 " + word, "첫 제목 " + word), cells("revision-title"));
    assertEquals(List.of(writerName, writerName, writerName), cells("revision-by"));
    assertTrue(cells("revision-at").get(0).matches(".*\\d{4}년.*"), cells("revision-at").get(0));

    browser.findElements(By.cssSelector("a.revision-view")).get(2).click();
    wait(15).until(ExpectedConditions.presenceOfElementLocated(By.id("viewed")));
    assertEquals("첫 제목 " + word, text("viewedColumnTitle"));
    assertEquals("첫 문장입니다.", browser.findElement(By.cssSelector("#viewedBody p")).getText());
  }

  @Test
  void comparingTwoRevisionsShowsTheDeletedAndInsertedWords() {
    JsonObject column =
        columns.newDraft("writer", "비교 " + word, "<p>나는 사과를 좋아한다.</p><p>그대로 둘 문장.</p>");
    columns.edit(
        column,
        "writer",
        "비교 <b>굵게</b> " + word,
        "<p>나는 포도를 좋아한다.</p><p>그대로 둘 문장.</p><p>새로 쓴 문장.</p>");
    browser = Browser.start("ko");
    signIn("writer");
    history(ColumnsApi.id(column));

    choose("compareForm:from", "1");
    choose("compareForm:to", "2");
    submit(By.id("compareForm:compare"));

    assertTrue(browser.getCurrentUrl().contains("from=1&to=2"), browser.getCurrentUrl());
    assertEquals("1번 판에서 2번 판으로 바뀐 내용", text("diffTitle"));
    WebElement body = browser.findElement(By.cssSelector("#diff table[data-field='body']"));
    assertEquals(List.of("사과를"), texts(body.findElements(By.cssSelector("td.diff-before del"))));
    assertEquals(
        List.of("포도를", "새로 쓴 문장."), texts(body.findElements(By.cssSelector("td.diff-after ins"))));
    assertFalse(browser.getPageSource().contains("그대로 둘 문장"), "unchanged lines are left out");
    WebElement title = browser.findElement(By.cssSelector("#diff table[data-field='title']"));
    String inserted =
        String.join("", texts(title.findElements(By.cssSelector("td.diff-after ins"))));
    assertTrue(inserted.contains("<b>굵게</b>"), inserted);
    assertTrue(
        title.findElements(By.tagName("b")).isEmpty(), "the title's markup is shown, not obeyed");
    Browser.screenshot(browser, "desk-revisions-compare");
  }

  @Test
  void restoringMakesANewRevisionWithTheOldTextAndAStaleRestoreIsRefused() {
    JsonObject column = columns.newDraft("writer", "되살릴 제목 " + word, "<p>예전 글입니다.</p>");
    columns.edit(column, "writer", "고친 제목 " + word, "<p>고친 글입니다.</p>");
    long id = ColumnsApi.id(column);
    browser = Browser.start("ko");
    signIn("writer");
    history(id);

    submit(restoreButtonOf("1"));

    assertEquals("1번 판을 새 판으로 되살렸습니다.", text("restoredNotice"));
    JsonObject restored = ColumnsApi.expect(columns.get(id, "writer"), 200);
    assertEquals(3, restored.getInt("revision"));
    assertEquals("되살릴 제목 " + word, restored.getString("title"));
    assertEquals("<p>예전 글입니다.</p>", restored.getString("body"));
    JsonObject third = ColumnsApi.expect(columns.revision(id, 3, "writer"), 200);
    assertEquals("RESTORE", third.getString("kind"));
    assertEquals(List.of("3", "2", "1"), cells("revision-number"));
    assertTrue(cells("revision-kind").get(0).startsWith("되살림"), cells("revision-kind").get(0));

    // Someone saves while the page is open: restoring then changes nothing and says why.
    columns.edit(restored, "writer", "다른 곳에서 고침 " + word, "<p>다른 곳.</p>");
    submit(restoreButtonOf("2"));

    assertTrue(text("revisionMessages").contains("이 화면을 연 뒤에 칼럼이 바뀌어"), text("revisionMessages"));
    JsonObject after = ColumnsApi.expect(columns.get(id, "writer"), 200);
    assertEquals(4, after.getInt("revision"));
    assertEquals("다른 곳에서 고침 " + word, after.getString("title"));
  }

  @Test
  void writerCannotOpenAnotherWritersUnpublishedHistory() {
    JsonObject theirs = columns.newDraft("writer2", "남의 비밀 초안 " + word, "<p>비밀 본문.</p>");
    long id = ColumnsApi.id(theirs);
    browser = Browser.start("ko");
    signIn("writer");

    browser.get(base + "desk/revisions?id=" + id);

    assertEquals("칼럼을 찾을 수 없습니다", text("revisionsTitle"));
    assertEquals("404", browser.findElement(By.id("revisionsRefused")).getAttribute("data-status"));
    assertFalse(browser.getPageSource().contains("비밀"), "nothing of the column is shown");
    assertEquals(404, asDesk("writer", "desk/revisions?id=" + id).status());
    assertEquals(404, asDesk("writer", "desk/revisions?id=999999999").status());
    assertEquals(200, asDesk("editor", "desk/revisions?id=" + id).status());

    // Another writer's live column can be read, but its history is the author's.
    JsonObject live = columns.inStatus("writer2", "PUBLISHED");
    browser.get(base + "desk/revisions?id=" + ColumnsApi.id(live));
    assertEquals("수정 기록을 볼 수 없습니다", text("revisionsTitle"));
    assertEquals(403, asDesk("writer", "desk/revisions?id=" + ColumnsApi.id(live)).status());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private void signIn(String username) {
    browser.get(base + "login");
    type("username", username);
    type("password", Api.DEMO_PASSWORD);
    submit(By.id("signIn"));
    wait(15).until(ExpectedConditions.urlContains("/desk/"));
  }

  /** A desk page fetched over plain HTTP in a session signed in through the form. */
  private Api.Answer asDesk(String username, String path) {
    Api.Answer signedIn = api.deskSignIn(username, Api.DEMO_PASSWORD);
    assertEquals(302, signedIn.status(), signedIn::toString);
    return api.withCookie(path, signedIn.cookies());
  }

  private void history(long id) {
    browser.get(base + "desk/revisions?id=" + id);
    wait(15).until(ExpectedConditions.presenceOfElementLocated(By.id("history:revisions")));
  }

  private By restoreButtonOf(String number) {
    return By.xpath(
        "//tbody[@id='history:revisions_data']/tr[td[contains(@class,'revision-number')]"
            + "[normalize-space()='"
            + number
            + "']]//button[contains(@class,'revision-restore')]");
  }

  private List<String> cells(String styleClass) {
    return texts(
        browser.findElements(By.cssSelector("[id='history:revisions_data'] td." + styleClass)));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(element -> element.getText().strip()).toList();
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
              + ": "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private void type(String id, String value) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(value);
  }

  /** Picks a select menu's option by its label, retried while its panel fades in. */
  private void choose(String menuId, String value) {
    By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + value + "']");
    for (int attempt = 1; attempt <= 3 && !value.equals(valueOf(menuId + "_input")); attempt++) {
      browser.findElement(By.id(menuId)).click();
      try {
        wait(15).until(ExpectedConditions.elementToBeClickable(option)).click();
        wait(3).until(ExpectedConditions.attributeToBe(By.id(menuId + "_input"), "value", value));
      } catch (TimeoutException | ElementNotInteractableException e) {
        browser.findElement(By.tagName("h1")).click();
      }
    }
    assertEquals(value, valueOf(menuId + "_input"), "chosen in " + menuId);
  }

  private String valueOf(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  /** Clicks and waits for the next page to load. */
  private void submit(By button) {
    Browser.submit(browser, button);
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }
}
