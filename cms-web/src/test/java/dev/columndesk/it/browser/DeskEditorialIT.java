package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.CalendarActions;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskBrowser;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The editorial desk in a real browser, as its people use it: a writer drafts a Korean column that
 * saves itself and sends it to review; an editor quotes a passage, comments and asks for changes;
 * the writer revises beside the comments; another editor sees what changed and approves. Then the
 * cases that must not go wrong: two people saving at once, a lost connection, a crafted request for
 * a button that was not there, and signing in from a deep link.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskEditorialIT {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Pattern COLUMN_ID = Pattern.compile("[?&]id=(\\d+)");

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

  @Test
  void koreanColumnGoesFromDraftThroughReviewAndTheCalendarToReaders() {
    String title = ColumnsApi.unique("가을 숲을 걷는 법");
    String secondEditor = "ed." + UUID.randomUUID().toString().substring(0, 8);
    String magazine = ColumnsApi.unique("숲 산책");
    Api.Answer founded =
        api.post(
            "api/v1/magazines",
            ColumnsApi.EDITOR,
            "{\"title\":\"" + magazine + "\",\"description\":\"걷기에 관한 칼럼\"}");
    String magazineSlug = ColumnsApi.expect(founded, 201).getString("slug");
    api.openAccount(secondEditor, "두 번째 편집자", Api.DEMO_PASSWORD, "EDITOR");

    // The writer starts a column from the navigation and types; it saves itself.
    DeskBrowser writer = browser("ko").signIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    writer.submit("session:navNewColumn");
    writer.waitForPath("/desk/edit");
    assertEquals("새 칼럼", writer.text("editorTitle"));
    writer.type("editor:title", title);
    writer.type("editor:subtitle", "낙엽 밟는 소리");
    typeBody(writer, "숲길은 천천히 걸어야 합니다. 바람이 나뭇잎을 흔드는 소리를 들으세요.");
    writer.choose("editor:magazine", magazine, magazineSlug);
    writer.waitForAttribute("saveState", "data-state", "saved");
    long id = idOf(writer.driver().getCurrentUrl());
    // "Saved" may still be the save of the text when the magazine's own save is only due: the
    // magazine reaches the database by itself, shortly.
    JsonObject saved =
        columns.await(
            ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200),
            column -> magazineSlug.equals(column.getString("magazine", null)),
            Duration.ofSeconds(15));
    writer.waitForAttribute("saveState", "data-state", "saved");
    assertTrue(writer.text("saveState").endsWith("저장됨"), writer.text("saveState"));
    assertEquals(title, saved.getString("title"));
    assertEquals("낙엽 밟는 소리", saved.getString("subtitle"));
    assertTrue(saved.getString("body").contains("바람이 나뭇잎을 흔드는 소리를 들으세요."), saved::toString);
    assertEquals("DRAFT", saved.getString("status"));
    assertEquals(magazineSlug, saved.getString("magazine"), saved::toString);
    String counts = writer.text("counts");
    assertTrue(counts.startsWith("39자(공백 제외 31자) · 9단어"), counts);
    writer.screenshot("desk-editor-ko");

    writer.submit("editor:submit");
    writer.waitForText("done", "검토를 요청했습니다");
    assertEquals("검토 중", writer.text("status"));
    assertEquals("IN_REVIEW", status(id));

    // The editor's queue says how long each column has waited; the editor finds this one in the
    // list of columns in review, opens it and goes on to review it.
    DeskBrowser editor = browser("ko").signIn(ColumnsApi.EDITOR, Api.DEMO_PASSWORD);
    List<WebElement> waited =
        editor.driver().findElements(By.cssSelector("#reviewQueue li .waited"));
    assertFalse(waited.isEmpty(), editor.describe());
    waited.forEach(entry -> assertTrue(entry.getText().endsWith("대기"), entry.getText()));
    editor.screenshot("desk-dashboard-editor-ko");
    editor.open(
        "desk/columns?status=IN_REVIEW&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    editor.submit(By.cssSelector("td.column-title a.column-link"));
    editor.waitForPath("/desk/edit?id=" + id);
    editor.submit("editor:toReview");
    editor.waitForPath("/desk/review");
    assertEquals(title, editor.text("reviewedTitle"));
    assertTrue(editor.has("firstSubmission"), "a first review has nothing to compare with");
    select(editor, "reviewedBody", "바람이 나뭇잎을 흔드는 소리");
    editor.click("quoteSelection");
    assertEquals("바람이 나뭇잎을 흔드는 소리", editor.value("comments:quote"));
    editor.type("comments:text", "이 문장 뒤에 새소리 이야기도 넣어 주세요.");
    editor.click("comments:addComment");
    editor.waitForText("comments:threads", "이 문장 뒤에 새소리 이야기도 넣어 주세요.");

    editor.click("decision:requestChanges");
    editor.waitForText("decision:commentMessage", "의견을 남겨 주세요");
    assertEquals("IN_REVIEW", status(id), "no comment, no decision");
    editor.type("decision:comment", "새소리 부분을 보태 주세요.");
    editor.submit("decision:requestChanges");
    editor.waitForText("done", "필자에게 돌려보냈습니다");
    assertEquals("CHANGES_REQUESTED", status(id));

    // The writer sees it come back, reads the comment beside the editor, and revises.
    writer.open("desk/");
    writer.submit(By.cssSelector("#sentBack li[data-column='" + id + "'] a"));
    writer.waitForPath("/desk/edit");
    String conversation = writer.text("comments:threads");
    assertTrue(conversation.contains("이 문장 뒤에 새소리 이야기도 넣어 주세요."), conversation);
    assertTrue(conversation.contains("바람이 나뭇잎을 흔드는 소리"), "the quoted passage");
    typeBody(writer, " 멀리서 직박구리가 웁니다.");
    writer.waitForAttribute("saveState", "data-state", "saved");
    writer.screenshot("desk-editor-comments-ko");
    writer.submit("editor:submit");
    writer.waitForText("done", "검토를 요청했습니다");

    // The author's editor may not approve their own column; another editor sees the change.
    DeskBrowser other = browser("ko").signIn(secondEditor, Api.DEMO_PASSWORD);
    other.open("desk/review?id=" + id);
    String baseline = other.text("baseline");
    assertTrue(baseline.contains("수정 요청으로 돌려보낸"), baseline);
    WebElement added =
        other
            .driver()
            .findElement(By.cssSelector("table.diff-table[data-field='body'] td.diff-after ins"));
    assertTrue(added.getText().contains("직박구리가"), added.getText());
    other.screenshot("desk-review-diff-ko");
    other.submit("decision:approve");
    other.waitForText("done", "승인했습니다");
    assertEquals("APPROVED", status(id));

    // The publisher finds it waiting beside the calendar, drags it onto tomorrow, then moves it to
    // the coming minute.
    DeskBrowser publisher = browser("ko").signIn(ColumnsApi.PUBLISHER, Api.DEMO_PASSWORD);
    assertTrue(publisher.has("approved"), "the publisher's shelf of approved columns");
    WebDriver hands = publisher.driver();
    CalendarActions.open(hands, base.toString(), id); // the shelf's "schedule" link
    WebElement offered =
        publisher
            .wait(15)
            .until(ExpectedConditions.visibilityOfElementLocated(CalendarActions.offered(id)));
    LocalDate tomorrow = LocalDate.now(SEOUL).plusDays(1);
    CalendarActions.drag(
        hands,
        offered.findElement(By.xpath("./ancestor::td[1]")),
        CalendarActions.dayCell(hands, tomorrow));
    JsonObject scheduled =
        columns.await(
            saved,
            column -> "SCHEDULED".equals(column.getString("status")),
            Duration.ofSeconds(15));
    assertEquals(
        tomorrow.atTime(9, 0).atZone(SEOUL).toInstant(),
        ColumnsApi.instant(scheduled, "publishAt"),
        "dropped on a day: 09:00 in the publisher's zone");
    publisher.screenshot("desk-calendar-journey-ko");

    // The next whole minute at least 8 s away: the form takes minutes.
    LocalDateTime soon = LocalDateTime.now(SEOUL).plusSeconds(68).truncatedTo(ChronoUnit.MINUTES);
    CalendarActions.openEvent(hands, id);
    CalendarActions.typeTime(hands, "calendar:rescheduleAt", soon);
    publisher.click("calendar:reschedule");
    JsonObject live =
        columns.await(
            saved,
            column -> "PUBLISHED".equals(column.getString("status")),
            Duration.ofSeconds(90));
    String page = columns.page(live.getJsonObject("live").getString("url")).body();
    assertTrue(page.contains("멀리서 직박구리가 웁니다."), "readers see the approved text");
    assertTrue(page.contains(magazine), "in its magazine");
  }

  @Test
  void secondSaveShowsWhoSavedFirstKeepsTheTextAndMergesOnRequest() {
    JsonObject column = columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("Two hands"));
    long id = ColumnsApi.id(column);
    DeskBrowser writer = browser("en-US").signIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    writer.open("desk/edit?id=" + id);
    assertEquals("Edit column", writer.text("editorTitle"));

    // Meanwhile an editor copy-edits the same column.
    columns.edit(
        column, ColumnsApi.EDITOR, column.getString("title"), "<p>The line of the editor.</p>");

    typeBody(writer, " A sentence of the writer.");
    writer.waitForAttribute("saveState", "data-state", "conflict");
    String who = writer.text("conflictWho");
    assertTrue(who.contains("saved it at"), who);
    assertTrue(who.contains(displayName(ColumnsApi.EDITOR)), who);
    String left = writer.text("editor:conflict");
    assertTrue(left.contains("The line of the editor."), left);
    assertTrue(left.contains("A sentence of the writer."), left);
    writer.screenshot("desk-editor-conflict-en");
    assertTrue(
        ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200)
            .getString("body")
            .contains("The line of the editor."),
        "nothing was overwritten");

    writer.click("editor:keepMine");
    writer.waitForAttribute("saveState", "data-state", "saved");
    String body = ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200).getString("body");
    assertTrue(body.contains("A sentence of the writer."), body);
  }

  @Test
  void submittingAColumnSomeoneElseJustSavedShowsTheConflictInsteadOfSubmitting() {
    JsonObject column = columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("늦은 제출"));
    long id = ColumnsApi.id(column);
    DeskBrowser writer = browser("ko").signIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    writer.open("desk/edit?id=" + id);
    writer.idle();
    columns.edit(column, ColumnsApi.EDITOR, column.getString("title"), "<p>편집자가 고친 문장</p>");

    writer.click("editor:submit");

    writer.waitForAttribute("saveState", "data-state", "conflict");
    assertTrue(writer.text("editor:conflict").contains("편집자가 고친 문장"), writer.describe());
    assertEquals("DRAFT", status(id), "not submitted over a save it never saw");
  }

  @Test
  void textTypedWhileOfflineIsKeptInTheBrowserAndRestoredAfterReload() {
    JsonObject column = columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("오프라인"));
    long id = ColumnsApi.id(column);
    DeskBrowser writer = browser("ko").signIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    writer.open("desk/edit?id=" + id);
    writer.idle();

    HasNetworkConditions network = (HasNetworkConditions) writer.driver();
    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    network.setNetworkConditions(offline);
    typeBody(writer, " 연결이 끊긴 동안 쓴 문장.");
    writer.waitForAttribute("saveState", "data-state", "failed");
    // The browser is closed before the connection comes back: no retry gets through.
    writer.script(
        "ColumnDesk.editor.dirty = false; window.clearTimeout(ColumnDesk.editor.retry);"
            + " window.clearTimeout(ColumnDesk.editor.timer);");
    network.deleteNetworkConditions();
    assertFalse(
        ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200)
            .getString("body")
            .contains("연결이 끊긴 동안"));

    // Leaving the page before the retry: the next visit offers the browser's copy back.
    writer.open("desk/edit?id=" + id);
    writer.wait(15).until(d -> writer.find("editor:localCopy").isDisplayed());
    writer.screenshot("desk-editor-local-copy-ko");
    writer.find("restoreLocal").click();
    writer.waitForAttribute("saveState", "data-state", "saved");
    String body = ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200).getString("body");
    assertTrue(body.contains("연결이 끊긴 동안 쓴 문장."), body);
  }

  @Test
  void craftedApprovalOfYourOwnColumnIsRefused() {
    // The editor wrote this one: the page shows no usable Approve button, and a forged POST of it
    // (with the page's own view state and session) changes nothing.
    JsonObject column = columns.inStatus(ColumnsApi.EDITOR, "IN_REVIEW");
    long id = ColumnsApi.id(column);
    Api.Answer login = api.deskSignIn(ColumnsApi.EDITOR, Api.DEMO_PASSWORD);
    String cookie = login.cookies();
    Api.Answer page = api.withCookie("desk/review?id=" + id, cookie);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("id=\"ownColumn\""), "the page says why");
    Map<String, String> approve =
        Map.of(
            "decision", "decision",
            "decision:comment", "제가 승인합니다",
            "decision:approve", "decision:approve",
            "jakarta.faces.ViewState", page.viewState());

    // Without the page's nonce the post is refused outright, as a cross-site post would be.
    Api.Answer forged = api.form("desk/review?id=" + id, cookie, approve);
    assertEquals(403, forged.status(), forged::toString);
    assertEquals("IN_REVIEW", status(id));

    // With everything the page gave out, the button's absence still decides: nothing happens.
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
    assertTrue(nonce.find(), "the page carries a CSP nonce");
    Map<String, String> withNonce = new HashMap<>(approve);
    withNonce.put("primefaces.nonce", nonce.group(1));
    Api.Answer crafted = api.form("desk/review?id=" + id, cookie, withNonce);
    assertTrue(crafted.status() < 500, crafted::toString);
    assertEquals("IN_REVIEW", status(id), "four eyes: still in review");
  }

  @Test
  void aDeepLinkLeadsThroughTheLoginPageBackToTheColumn() {
    JsonObject column = columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("깊은 링크"));
    long id = ColumnsApi.id(column);
    DeskBrowser writer = browser("ko");
    writer.open("desk/edit?id=" + id);
    writer.waitForPath("/login");
    writer.type("username", ColumnsApi.WRITER);
    writer.type("password", Api.DEMO_PASSWORD);
    writer.submit("signIn");
    writer.waitForPath("/desk/edit?id=" + id);
    assertEquals(column.getString("title"), writer.value("editor:title"));
  }

  @Test
  void writersCannotOpenTheReviewScreenOrAnotherWritersDraft() {
    JsonObject column = columns.newDraft("writer2", ColumnsApi.unique("남의 초안"));
    long id = ColumnsApi.id(column);
    Api.Answer login = api.deskSignIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    assertEquals(403, api.withCookie("desk/review?id=" + id, login.cookies()).status());
    Api.Answer editor = api.withCookie("desk/edit?id=" + id, login.cookies());
    assertTrue(editor.status() == 403 || editor.status() == 404, editor::toString);
    assertFalse(editor.body().contains(column.getString("title")), "no title leaks");
    Api.Answer preview = api.withCookie("desk/preview/" + id, login.cookies());
    assertTrue(preview.status() == 403 || preview.status() == 404, preview::toString);
  }

  @Test
  void anotherWritersLiveColumnOpensReadOnlyWithoutItsCorrection() {
    JsonObject live = columns.inStatus("writer2", "PUBLISHED");
    long id = ColumnsApi.id(live);
    String correction = ColumnsApi.unique("아직 비밀인 고친 제목");
    columns.edit(columns.current(live), "writer2", correction, "<p>고치는 중인 본문</p>");
    Api.Answer login = api.deskSignIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);

    Api.Answer page = api.withCookie("desk/edit?id=" + id, login.cookies());

    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains(live.getString("title")), "the live title");
    assertTrue(page.body().contains("id=\"editor:readOnly\""), "read only");
    assertFalse(page.body().contains(correction), "no word of the correction");
    assertFalse(page.body().contains("고치는 중인 본문"), "no word of the correction");
    assertFalse(page.body().contains("status-DRAFT"), "not even that there is one");
    assertFalse(page.body().contains("id=\"editor:save\""), "no save button");
  }

  @Test
  void previewLooksLikeThePublicPage() {
    JsonObject column =
        columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("미리 보기"), "<p>미리 보는 <b>본문</b></p>");
    long id = ColumnsApi.id(column);
    Api.Answer login = api.deskSignIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    Api.Answer preview = api.withCookie("desk/preview/" + id, login.cookies());
    assertEquals(200, preview.status(), preview::toString);
    assertTrue(preview.body().contains("<article class=\"column\">"), preview.body());
    assertTrue(preview.body().contains("미리 보는 <strong>본문</strong>"), preview.body());
    assertTrue(preview.body().contains("noindex"));
    assertNotNull(preview.header("Content-Security-Policy"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** Types at the end of the rich-text body, as a person does after clicking into it. */
  private static void typeBody(DeskBrowser browser, String text) {
    browser
        .wait(15)
        .until(d -> !d.findElements(By.cssSelector("#editor\\:body .ql-editor")).isEmpty());
    WebElement body = browser.driver().findElement(By.cssSelector("#editor\\:body .ql-editor"));
    body.click();
    browser.script("var q = PF('bodyEditor').editor; q.setSelection(q.getLength(), 0, 'user');");
    body.sendKeys(text);
  }

  /** Selects a passage of an element's text, as a person drags over it. */
  private static void select(DeskBrowser browser, String id, String passage) {
    browser.script(
        "var root = document.getElementById(arguments[0]);"
            + "var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
            + "while (walker.nextNode()) {"
            + "  var at = walker.currentNode.data.indexOf(arguments[1]);"
            + "  if (at >= 0) {"
            + "    var range = document.createRange();"
            + "    range.setStart(walker.currentNode, at);"
            + "    range.setEnd(walker.currentNode, at + arguments[1].length);"
            + "    var selection = window.getSelection();"
            + "    selection.removeAllRanges(); selection.addRange(range); break;"
            + "  }"
            + "}",
        id,
        passage);
  }

  private String status(long id) {
    return ColumnsApi.expect(columns.get(id, ColumnsApi.EDITOR), 200).getString("status");
  }

  private String displayName(String username) {
    return api.get("api/v1/me", username, Api.DEMO_PASSWORD).json().getString("displayName");
  }

  private static long idOf(String address) {
    Matcher matcher = COLUMN_ID.matcher(address);
    assertTrue(matcher.find(), "no column id in " + address);
    return Long.parseLong(matcher.group(1));
  }
}
