package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import dev.columndesk.it.support.PublicSite;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader in a real browser: a Korean column as it renders, on a desktop and on a phone. */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class PublicSiteBrowserIT {

  private static final String BODY =
      "<h2>한강의 아침</h2><p>서울의 겨울 아침은 언제나 조금 늦게 밝아 온다. 지하철 2호선의 첫차가 한강을 건널 때,"
          + " 창밖으로 보이는 물빛은 아직 어둡고, 사람들은 저마다의 화면을 들여다보며 하루를 시작한다.</p>"
          + "<blockquote>읽는 사람이 있어야 글이 완성된다.</blockquote>"
          + "<p>오픈 소스와 인공지능, 그리고 오래된 신문의 칼럼이 한 화면 안에서 나란히 놓이는 시대다."
          + " https://example.com/아주/긴/주소도/화면을/넘지/않고/줄을/바꾼다/그래야/읽기/편하다</p>";

  @ArquillianResource private URL base;
  private WebDriver browser;
  private JsonObject column;
  private String title;

  @BeforeEach
  void publish() {
    ColumnsApi columns = new ColumnsApi(new Api(base));
    title = "겨울 아침의 칼럼 읽기 " + UUID.randomUUID().toString().substring(0, 6);
    column = PublicSite.publish(columns, "writer", PublicSite.column(title, BODY, null, "읽기"));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void koreanColumnRendersAsKoreanWithWholeWordsKept() {
    browser = Browser.start("ko");
    browser.get(base + PublicSite.pathOf(column).substring(1));

    assertEquals(title + " — 칼럼 데스크", browser.getTitle());
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("keep-all", script("return getComputedStyle(document.body).wordBreak"));
    assertTrue(
        browser.findElement(By.cssSelector("article .body")).getText().contains("읽는 사람이 있어야"));
    Browser.screenshot(browser, "public-column-ko");
  }

  @Test
  void onAPhoneNothingIsWiderThanTheScreen() {
    browser = Browser.start("ko");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + PublicSite.pathOf(column).substring(1));

    Object overflow =
        script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on a phone");
    Browser.screenshot(browser, "public-column-phone-ko");
  }

  @Test
  void readerSearchesFromTheFrontPageAndOpensTheColumn() {
    browser = Browser.start("ko");
    browser.get(base.toString());
    browser.findElement(By.name("q")).sendKeys("겨울아침 " + title.substring(title.length() - 6));
    browser.findElement(By.cssSelector("form.search button")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/search?q="));
    Browser.screenshot(browser, "public-search-ko");
    browser.findElement(By.cssSelector("ol.results h2 a")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/columns/"));
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }
}
