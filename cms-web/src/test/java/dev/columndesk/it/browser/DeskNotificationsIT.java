package dev.columndesk.it.browser;

import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskBrowser;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Notifications in a real browser: an editor's open desk hears of a writer's submission without a
 * reload (pushed through the desk's socket, with the bell's poll stopped), the list links to the
 * review and marks read; the account page mutes kinds; the history shows who was told of each step.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskNotificationsIT {

  /** Whether the bell's poll ({@code p:poll}, widget {@code notificationPoll}) is asking. */
  private static final String POLL_ACTIVE =
      "return PrimeFaces.widgets.notificationPoll.isActive();";

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private final List<DeskBrowser> browsers = new ArrayList<>();

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(DeskBrowser::close);
  }

  private DeskBrowser browser(String language) {
    DeskBrowser browser = new DeskBrowser(base, language);
    browsers.add(browser);
    return browser;
  }

  private String account(String prefix, String role) {
    String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "알림 " + role, Api.DEMO_PASSWORD, role);
    return username;
  }

  @Test
  void editorsOpenDeskCountsUpWhenAWriterSubmitsWithoutAReload() {
    String editor = account("bell-e", "EDITOR");
    String writer = account("bell-w", "WRITER");
    DeskBrowser desk = browser("ko").signIn(editor, Api.DEMO_PASSWORD);
    int before = Integer.parseInt(desk.text("notificationCount"));
    desk.script("window.sameDocument = true;");
    // The page's socket is open once it has stopped the bell's poll: from here on only a push can
    // bring the count.
    desk.wait(10).until(d -> Boolean.FALSE.equals(desk.script(POLL_ACTIVE)));

    String title = unique("종이 울리는 칼럼");
    JsonObject column = columns.newDraft(writer, title);
    columns.move(column, "submit", writer, null);

    // Within 5 s (the clock looks once a second) and with the poll stopped: the socket rang.
    desk.wait(5)
        .until(
            d ->
                Integer.parseInt(d.findElement(By.id("notificationCount")).getText().strip())
                    == before + 1);
    assertEquals(Boolean.TRUE, desk.script("return window.sameDocument === true;"), "no reload");
    assertEquals(Boolean.FALSE, desk.script(POLL_ACTIVE), "the poll stayed stopped");
    assertTrue(
        desk.find("notificationCount").getAttribute("class").contains("unread"),
        "the count stands out");

    desk.submit(By.id("notificationLink"));
    desk.waitForPath("/desk/notifications");
    var entry =
        desk.driver()
            .findElement(
                By.xpath("//li[contains(@class,'notification')][a[text()='" + title + "']]"));
    assertEquals("SUBMITTED", entry.getAttribute("data-kind"));
    assertTrue(entry.getAttribute("class").contains("unread"), entry.getAttribute("class"));
    assertTrue(
        entry
            .findElement(By.tagName("a"))
            .getAttribute("href")
            .endsWith("/desk/review?id=" + id(column)),
        "links to the review");

    desk.submit(By.id("notifications:markAllRead"));
    desk.waitForText("notificationCount", "0");
    assertEquals(
        0,
        expect(api.get("api/v1/me/notifications/unread", editor), 200)
            .getJsonNumber("unread")
            .longValue());
  }

  @Test
  void accountPageMutesKindsAndHistoryShowsWhoWasTold() {
    String writer = account("mute-w", "WRITER");
    DeskBrowser desk = browser("en-US").signIn(writer, Api.DEMO_PASSWORD);
    desk.open("desk/account");
    desk.driver()
        .findElement(
            By.xpath("//*[@id='notificationSettings:mutedInDesk']//label[text()='New comment']"))
        .click();
    desk.submit(By.id("notificationSettings:saveNotifications"));
    desk.waitForPath("saved=notifications");
    JsonObject mutes = expect(api.get("api/v1/me/notification-mutes", writer), 200);
    assertEquals("[\"COMMENTED\"]", mutes.getJsonArray("desk").toString());
    assertEquals("[]", mutes.getJsonArray("email").toString());

    JsonObject column = columns.newDraft(writer, unique("누가 들었나"));
    columns.move(column, "submit", writer, null);
    expect(
        columns.post(
            ColumnsApi.COLUMNS + "/" + id(column) + "/comments",
            "editor",
            "{\"text\": \"좋은 시작입니다\"}",
            null),
        201);
    columns.move(column, "request-changes", "editor", ColumnsApi.comment("다시 써 주세요"));
    List<JsonObject> told =
        items(
            expect(
                api.get(ColumnsApi.COLUMNS + "/" + id(column) + "/notifications?size=100", "admin"),
                200));
    assertTrue(
        told.stream().noneMatch(n -> n.getString("kind").equals("COMMENTED")),
        "the comment was muted: " + told);

    DeskBrowser history = browser("en-US").signIn("editor2", Api.DEMO_PASSWORD);
    history.open("desk/revisions?id=" + id(column));
    history.wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("whoWasTold")));
    String section = history.text("whoWasTold");
    assertTrue(section.contains("Changes requested by editor"), section);
    assertTrue(section.contains("Submitted by " + writer), section);
    assertTrue(
        !history
            .driver()
            .findElements(
                By.cssSelector(
                    ".told-step[data-action=REQUEST_CHANGES] li[data-recipient='"
                        + writer
                        + "'][data-channel=DESK][data-status=SENT]"))
            .isEmpty(),
        section);
    assertTrue(
        !history
            .driver()
            .findElements(
                By.cssSelector(
                    ".told-step[data-action=SUBMIT] li[data-recipient='editor2'][data-channel=DESK]"))
            .isEmpty(),
        section);
  }
}
