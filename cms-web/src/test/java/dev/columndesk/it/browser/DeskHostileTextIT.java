package dev.columndesk.it.browser;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskBrowser;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Markup typed by a columnist into every field the desk shows (title, name, magazine, tag, comment)
 * is shown on every desk page as the text it is: no element is made of it, no handler runs, and
 * Faces' expression syntax stays text.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskHostileTextIT {

  /** What the page would run if it were markup: both set a marker the test reads. */
  static final String HOSTILE =
      "<img src=x onerror=\"window.__xss=1\">#{7*7}</script><script>window.__xss=2</script>";

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private DeskBrowser desk;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  @AfterEach
  void closeBrowser() {
    if (desk != null) {
      desk.close();
    }
  }

  /** The page has loaded and nothing hostile became markup or ran. */
  private void assertInert(String what) {
    desk.wait(10).until(driver -> "complete".equals(desk.script("return document.readyState")));
    desk.idle();
    assertNull(desk.script("return window.__xss === undefined ? null : window.__xss"), what);
    assertTrue(
        desk.driver().findElements(By.cssSelector("img[src='x']")).isEmpty(),
        () -> what + ": an image made of text on " + desk.describe());
    assertTrue(
        desk.driver().findElements(By.xpath("//script[contains(., '__xss')]")).isEmpty(),
        () -> what + ": a script made of text");
  }

  private void assertShownLiterally(String what) {
    String text = desk.driver().findElement(By.tagName("body")).getText();
    assertTrue(
        text.contains("<img src=x onerror=\"window.__xss=1\">#{7*7}"), () -> what + ": " + text);
  }

  @Test
  void everyDeskPageShowsHostileTextAsText() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String author = "deskxss" + suffix;
    api.openAccount(author, "필자 " + HOSTILE, Api.DEMO_PASSWORD, "WRITER");
    String magazine = "deskxss-" + suffix;
    Api.Answer founded =
        api.post(
            "api/v1/magazines",
            EDITOR,
            Json.createObjectBuilder()
                .add("title", "매거진 " + HOSTILE)
                .add("slug", magazine)
                .build()
                .toString());
    assertEquals(201, founded.status(), founded::toString);
    String title = "적대 " + suffix + " " + HOSTILE;
    String json =
        ColumnsApi.draftBuilder(title, "<p>첫 본문 " + suffix + "</p>")
            .add("magazine", magazine)
            .add("tags", ColumnsApi.array("<img src=x onerror=window.__xss=3>"))
            .build()
            .toString();
    JsonObject reviewed = ColumnsApi.expect(columns.create(author, json), 201);
    reviewed = columns.edit(reviewed, author, title + " 고침", "<p>둘째 본문 " + HOSTILE + "</p>");
    reviewed = columns.move(reviewed, "submit", author, null);
    Api.Answer comment =
        columns.addComment(ColumnsApi.id(reviewed), EDITOR, "의견 " + HOSTILE, "둘째 본문");
    assertTrue(comment.status() < 300, comment::toString);
    long id = ColumnsApi.id(reviewed);

    JsonObject scheduled =
        ColumnsApi.expect(columns.create(author, json.replace("적대 ", "예약 ")), 201);
    scheduled = columns.move(scheduled, "submit", author, null);
    scheduled = columns.move(scheduled, "approve", EDITOR, ColumnsApi.comment("승인 " + HOSTILE));
    columns.move(scheduled, "schedule", PUBLISHER, ColumnsApi.laterSchedule());

    desk = new DeskBrowser(base, "ko").signIn(EDITOR, Api.DEMO_PASSWORD);
    assertInert("dashboard");
    assertShownLiterally("dashboard");

    desk.open("desk/columns?q=" + suffix);
    assertInert("column list");
    assertShownLiterally("column list");

    desk.open("desk/edit?id=" + id);
    assertInert("editor");
    assertEquals(title + " 고침", desk.value("editor:title"), "the title field holds the text");

    desk.open("desk/review?id=" + id);
    assertInert("review");
    assertShownLiterally("review");

    desk.open("desk/revisions?id=" + id + "&from=1&to=2");
    assertInert("revisions");
    assertShownLiterally("revisions compared");

    desk.open("desk/admin/audit");
    assertInert("audit");
    assertShownLiterally("audit");
    desk.close();

    desk = new DeskBrowser(base, "ko").signIn(PUBLISHER, Api.DEMO_PASSWORD);
    desk.open("desk/calendar");
    assertInert("calendar");
    desk.wait(10)
        .until(driver -> driver.findElement(By.tagName("body")).getText().contains("예약 " + suffix));
    assertShownLiterally("calendar");
  }
}
