package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's column list in a real browser: filters that narrow it and live in the address,
 * sorting, paging, what a writer may see, and Korean titles. The database is shared with every
 * other test, so each test's columns carry a word of its own and the list is narrowed to that word
 * first.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskColumnListIT {

  private static final By TITLES =
      By.cssSelector("[id='list:columns_data'] td.column-title a.column-link");

  @ArquillianResource private URL base;
  private ColumnsApi columns;
  private WebDriver browser;
  private String word;

  @BeforeEach
  void setUp() {
    columns = new ColumnsApi(new Api(base));
    word = "목록" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void filtersNarrowTheListAndAreKeptInTheAddress() {
    String magazine = magazine();
    JsonObject essay = column("writer", "가을 에세이 " + word, magazine);
    JsonObject note = column("writer", "겨울 노트 " + word, null);
    columns.move(note, "submit", "writer", null);
    column("writer2", "봄 편지 " + word, magazine);
    browser = Browser.start("ko");
    signIn("editor");

    list("q=" + encode(word));
    assertEquals(List.of("봄 편지 " + word, "겨울 노트 " + word, "가을 에세이 " + word), titles());

    list("q=" + encode(word) + "&status=IN_REVIEW");
    assertEquals(List.of("겨울 노트 " + word), titles());
    assertEquals(
        "검토 중", browser.findElement(By.cssSelector("td.column-status .status-badge")).getText());
    list("q=" + encode(word) + "&magazine=" + magazine);
    assertEquals(List.of("봄 편지 " + word, "가을 에세이 " + word), titles());
    list("q=" + encode(word) + "&author=writer2");
    assertEquals(List.of("봄 편지 " + word), titles());
    list("q=" + encode(word) + "&status=DRAFT,IN_REVIEW&author=writer");
    assertEquals(List.of("겨울 노트 " + word, "가을 에세이 " + word), titles());

    // The same filters through the form: they land in the address, and back returns.
    list("");
    type("filters:q", word);
    type("filters:author", "writer");
    choose("filters:magazine", magazine);
    submit(By.id("filters:apply"));
    String address = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    assertTrue(address.contains("q=" + word), address);
    assertTrue(address.contains("author=writer"), address);
    assertTrue(address.contains("magazine=" + magazine), address);
    assertEquals(List.of("가을 에세이 " + word), titles());
    assertEquals(word, browser.findElement(By.id("filters:q")).getAttribute("value"));

    checkStatus("filters:status", "DRAFT", "초안");
    submit(By.id("filters:apply"));
    assertTrue(browser.getCurrentUrl().contains("status=DRAFT"), browser.getCurrentUrl());
    assertEquals(List.of("가을 에세이 " + word), titles());
    list("q=" + encode(word) + "&status=PUBLISHED");
    assertEquals(0, titles().size());
    assertEquals("조건에 맞는 칼럼이 없습니다.", browser.findElement(By.id("listEmpty")).getText());

    browser.navigate().back();
    waitForTitles(List.of("가을 에세이 " + word));
    assertEquals(
        "/desk/edit?id=" + ColumnsApi.id(essay),
        browser.findElement(TITLES).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
  }

  @Test
  void sortingByTitleOrdersTheRowsBothWays() {
    column("writer", "다 " + word, null);
    column("writer", "가 " + word, null);
    column("writer", "나 " + word, null);
    browser = Browser.start("ko");
    signIn("editor");
    list("q=" + encode(word));
    assertEquals(List.of("나 " + word, "가 " + word, "다 " + word), titles(), "latest change first");

    By titleHeader = By.cssSelector("[id='list:columns'] th.column-title");
    browser.findElement(titleHeader).click();
    waitForTitles(List.of("가 " + word, "나 " + word, "다 " + word));
    wait(15).until(ExpectedConditions.urlContains("sort=title"));
    browser.findElement(titleHeader).click();
    waitForTitles(List.of("다 " + word, "나 " + word, "가 " + word));
    wait(15).until(ExpectedConditions.urlContains("sort=-title"));
    assertTrue(browser.getCurrentUrl().contains("q="), "the filter stays in the address");
    browser.navigate().refresh();
    waitForTitles(List.of("다 " + word, "나 " + word, "가 " + word));

    list("q=" + encode(word) + "&sort=title");
    assertEquals(List.of("가 " + word, "나 " + word, "다 " + word), titles());
    list("q=" + encode(word) + "&sort=-title");
    assertEquals(List.of("다 " + word, "나 " + word, "가 " + word), titles());
  }

  @Test
  void pagingMovesToTheNextPage() {
    List<String> made = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      String title = String.format("쪽 %02d %s", i, word);
      column("writer", title, null);
      made.add(title);
    }
    browser = Browser.start("ko");
    signIn("editor");
    list("q=" + encode(word) + "&sort=title");
    assertEquals(made.subList(0, 20), titles());
    assertEquals("칼럼 23편", browser.findElement(By.id("listTotal")).getText());

    browser.findElement(By.cssSelector("[id='list:columns'] .ui-paginator-next")).click();
    waitForTitles(made.subList(20, 23));

    Browser.screenshot(browser, "desk-columns");
  }

  @Test
  void writerDoesNotSeeAnotherWritersDraft() {
    column("writer2", "남의 초안 " + word, null);
    JsonObject published = column("writer2", "남의 발행 " + word, null);
    columns.move(published, "submit", "writer2", null);
    columns.move(published, "approve", "editor", null);
    columns.move(published, "publish", "publisher", null);
    JsonObject mine = column("writer", "나의 초안 " + word, null);

    browser = Browser.start("ko");
    signIn("writer");
    list("q=" + encode(word));
    assertEquals(List.of("나의 초안 " + word, "남의 발행 " + word), titles());
    list("q=" + encode(word) + "&author=writer2");
    assertEquals(List.of("남의 발행 " + word), titles());
    assertTrue(!browser.getPageSource().contains("남의 초안"), "another writer's draft is not shown");
    assertTrue(
        browser.findElements(By.cssSelector("td.column-title a.column-history")).isEmpty(),
        "another writer's history is not offered");
    list("q=" + encode(word) + "&author=writer");
    assertEquals(
        "/desk/revisions?id=" + ColumnsApi.id(mine),
        browser
            .findElement(By.cssSelector("td.column-title a.column-history"))
            .getAttribute("href")
            .replaceFirst("^https?://[^/]+", ""));
  }

  @Test
  void koreanTitlesAreShownAndFilteredAsTyped() {
    String korean = "한글 제목: 서울의 밤과 ‘작은따옴표’ " + word;
    column("writer", korean, null);
    column("writer", "English title " + word, null);
    browser = Browser.start("en-US");
    signIn("editor");
    list("");

    type("filters:q", "서울의 밤과 ‘작은따옴표’ " + word);
    submit(By.id("filters:apply"));

    assertEquals(List.of(korean), titles());
    assertEquals("Draft", browser.findElement(By.cssSelector(".status-badge")).getText());
    assertTrue(
        URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8)
            .contains("q=서울의 밤과 ‘작은따옴표’ " + word),
        browser.getCurrentUrl());
    assertEquals(
        "서울의 밤과 ‘작은따옴표’ " + word, browser.findElement(By.id("filters:q")).getAttribute("value"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** A draft by {@code author}, in {@code magazine} when one is named. */
  private JsonObject column(String author, String title, String magazine) {
    var draft = ColumnsApi.draftBuilder(title, "<p>목록 시험용 본문입니다.</p>");
    if (magazine != null) {
      draft.add("magazine", magazine);
    }
    return ColumnsApi.expect(columns.create(author, draft.build().toString()), 201);
  }

  private String magazine() {
    String slug = "list-" + word.substring(2);
    String json =
        Json.createObjectBuilder()
            .add("title", "목록 매거진 " + word)
            .add("slug", slug)
            .build()
            .toString();
    Api.Answer founded = columns.api().post("api/v1/magazines", "editor", json);
    assertEquals(201, founded.status(), founded::toString);
    return slug;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private void signIn(String username) {
    browser.get(base + "login");
    type("username", username);
    type("password", Api.DEMO_PASSWORD);
    submit(By.id("signIn"));
    wait(15).until(ExpectedConditions.urlContains("/desk/"));
  }

  /** Opens the list at {@code ?query} and waits for its table. */
  private void list(String query) {
    browser.get(base + "desk/columns" + (query.isEmpty() ? "" : "?" + query));
    wait(15).until(ExpectedConditions.presenceOfElementLocated(By.id("list:columns")));
  }

  private List<String> titles() {
    return browser.findElements(TITLES).stream().map(WebElement::getText).toList();
  }

  /** Waits until the table, updated by Ajax, shows exactly these titles. */
  private void waitForTitles(List<String> expected) {
    try {
      wait(15)
          .ignoring(StaleElementReferenceException.class)
          .until(driver -> titles().equals(expected));
    } catch (TimeoutException e) {
      assertEquals(expected, titles(), "the rows after waiting");
    }
  }

  private void type(String id, String value) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(value);
  }

  /** Picks a select menu's option by its value, retried while its panel fades in. */
  private void choose(String menuId, String value) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label]");
    String label =
        browser
            .findElement(
                By.cssSelector("[id='" + menuId + "_input'] option[value='" + value + "']"))
            .getAttribute("textContent");
    By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    for (int attempt = 1; attempt <= 3 && !value.equals(valueOf(menuId + "_input")); attempt++) {
      browser.findElement(By.id(menuId)).click();
      try {
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(item));
        wait(15).until(ExpectedConditions.elementToBeClickable(option)).click();
        wait(3).until(ExpectedConditions.attributeToBe(By.id(menuId + "_input"), "value", value));
      } catch (TimeoutException | ElementNotInteractableException e) {
        browser.findElement(By.tagName("h1")).click();
      }
    }
    assertEquals(value, valueOf(menuId + "_input"), "chosen in " + menuId);
  }

  /** Ticks one status (by its label) in the checkbox menu, retried while its panel fades in. */
  private void checkStatus(String menuId, String status, String label) {
    By box =
        By.xpath(
            "//*[@id='"
                + menuId
                + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[.//label[normalize-space()='"
                + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
    By chosen =
        By.cssSelector("[id='" + menuId + "'] input[type=checkbox][value='" + status + "']");
    for (int attempt = 1; attempt <= 3 && !isSelected(chosen); attempt++) {
      browser
          .findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger"))
          .click();
      try {
        wait(15).until(ExpectedConditions.elementToBeClickable(box)).click();
        wait(3).until(driver -> isSelected(chosen));
      } catch (TimeoutException | ElementNotInteractableException e) {
        // Still fading in, or the click missed: try again.
      }
      browser.findElement(By.tagName("h1")).click();
    }
    assertTrue(isSelected(chosen), "status " + status + " ticked in " + menuId);
  }

  private boolean isSelected(By option) {
    List<WebElement> found = browser.findElements(option);
    return !found.isEmpty() && found.get(0).isSelected();
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
