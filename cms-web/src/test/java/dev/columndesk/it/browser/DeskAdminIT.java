package dev.columndesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk's administration in a real browser: accounts and roles (administrators), magazines and
 * tags (editors), the audit log with its filters, and the refusals of those without the role, on
 * the page and against a crafted form post. Every test makes its own accounts, columns and tags;
 * the demo accounts only sign in.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskAdminIT {

  private static final String PASSWORD = "a long initial password";

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private WebDriver browser;
  private String suffix;

  @BeforeEach
  void setUp() {
    api = new Api(base);
    columns = new ColumnsApi(api);
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void adminOpensAnAccountWithRolesAndItSignsIn() {
    String username = "adm.open." + suffix;
    browser = Browser.start("ko");
    signIn("admin", Api.DEMO_PASSWORD);
    browser.get(base + "desk/admin/");
    assertEquals("관리", text("adminTitle"));
    Browser.screenshot(browser, "desk-admin-index");
    open("adminAccountsLink", "/desk/admin/accounts");

    type("open:username", username);
    type("open:displayName", "새 편집자 " + suffix);
    type("open:password", PASSWORD);
    check("open:roles", "WRITER", true);
    check("open:roles", "EDITOR", true);
    submit(By.id("open:openAccount"));

    waitForPath("/desk/admin/account");
    assertEquals(username, text("adminAccountTitle"));
    assertEquals("계정을 열었습니다. 이제 처음 비밀번호로 로그인할 수 있습니다.", text("adminAccountSaved"));
    assertEquals(List.of("EDITOR", "WRITER"), rolesOf(username));

    browser.get(base + "desk/admin/accounts");
    type("accounts:text", suffix);
    new Select(browser.findElement(By.id("accounts:role"))).selectByValue("EDITOR");
    click(By.id("accounts:filter"));
    WebElement row = rowOf("a.admin-account[data-username='" + username + "']");
    assertTrue(row.getText().contains("새 편집자 " + suffix), row.getText());
    assertEquals(2, row.findElements(By.cssSelector(".admin-role[data-role]")).size());
    assertFalse(row.findElements(By.cssSelector(".admin-role[data-role='EDITOR']")).isEmpty());
    assertTrue(row.getText().contains("사용 중"), row.getText());
    assertEquals(1, rows().size(), "only the account that matches: " + tableText());
    Browser.screenshot(browser, "desk-admin-accounts");

    new Select(browser.findElement(By.id("accounts:role"))).selectByValue("PUBLISHER");
    click(By.id("accounts:filter"));
    waitUntil(() -> tableText().contains("보여 줄 항목이 없습니다."));

    assertEquals(302, api.deskSignIn(username, PASSWORD).status(), "it signs in at /login");
    WebDriver second = Browser.start("ko");
    try {
      second.get(base + "login");
      second.findElement(By.id("username")).sendKeys(username);
      second.findElement(By.id("password")).sendKeys(PASSWORD);
      second.findElement(By.id("signIn")).click();
      new WebDriverWait(second, Duration.ofSeconds(15))
          .until(ExpectedConditions.textToBe(By.id("welcome"), "새 편집자 " + suffix + "님, 환영합니다"));
    } finally {
      second.quit();
    }
  }

  @Test
  void adminChangesARoleThenDisablesTheAccountWhichCanNoLongerSignIn() {
    String username = "adm.chg." + suffix;
    api.openAccount(username, "바꿀 필자", PASSWORD, "WRITER");
    assertEquals(302, api.deskSignIn(username, PASSWORD).status());
    browser = Browser.start("ko");
    signIn("admin", Api.DEMO_PASSWORD);

    browser.get(base + "desk/admin/account?username=" + username);
    check("account:roles", "PUBLISHER", true);
    type("account:displayName", "바뀐 필자");
    submit(By.id("account:save"));

    assertEquals("계정을 저장했습니다. 그 사람의 다음 요청부터 적용됩니다.", text("adminAccountSaved"));
    assertEquals(List.of("PUBLISHER", "WRITER"), rolesOf(username));
    assertEquals("바뀐 필자", account(username).getString("displayName"));
    Browser.screenshot(browser, "desk-admin-account");

    browser.findElement(By.id("account:enabled")).click();
    submit(By.id("account:save"));

    assertEquals("계정을 저장했습니다. 그 사람의 다음 요청부터 적용됩니다.", text("adminAccountSaved"));
    assertFalse(account(username).getBoolean("enabled"));
    assertFalse(browser.findElement(By.id("account:enabled")).isSelected());
    Api.Answer refused = api.deskSignIn(username, PASSWORD);
    assertEquals(200, refused.status(), "the login form again, not the desk: " + refused);
    assertEquals(401, api.get("api/v1/me", username, PASSWORD).status());
  }

  @Test
  void adminCannotTakeAwayTheirOwnAdminRole() {
    browser = Browser.start("en-US");
    signIn("admin", Api.DEMO_PASSWORD);
    browser.get(base + "desk/admin/account?username=admin");

    check("account:roles", "ADMIN", false);
    check("account:roles", "EDITOR", true);
    submit(By.id("account:save"));

    assertEquals(
        "You cannot take the administrator role away from your own account. Ask another"
            + " administrator.",
        text("account:selfCheck"));
    assertFalse(
        browser
            .findElement(By.cssSelector("[id='account:roles'] input[value='ADMIN']"))
            .isSelected(),
        "what was typed stays");
    assertEquals(List.of("ADMIN"), rolesOf("admin"));

    browser.get(base + "desk/admin/account?username=admin");
    browser.findElement(By.id("account:enabled")).click();
    submit(By.id("account:save"));
    assertEquals("You cannot disable your own account.", text("account:selfCheck"));
    assertTrue(account("admin").getBoolean("enabled"));
  }

  @Test
  void editorFoundsAMagazineRenamesATagAndDeletesAnUnusedOne() {
    String kept = "관리태그 " + suffix;
    String unused = "버릴태그 " + suffix;
    JsonObject column =
        ColumnsApi.expect(
            columns.create(
                ColumnsApi.WRITER,
                ColumnsApi.draftBuilder(ColumnsApi.unique("태그 칼럼"), "<p>본문</p>")
                    .add("tags", ColumnsApi.array(kept, unused))
                    .build()
                    .toString()),
            201);
    long id = ColumnsApi.id(column);
    column = retag(column, kept);

    browser = Browser.start("ko");
    signIn(ColumnsApi.EDITOR, Api.DEMO_PASSWORD);
    browser.get(base + "desk/admin/");
    assertTrue(browser.findElements(By.id("adminAccountsLink")).isEmpty(), "accounts: admins");

    open("adminMagazinesLink", "/desk/admin/magazines");
    String title = "관리 매거진 " + suffix;
    type("found:title", title);
    type("found:description", "편집자가 만든 매거진");
    submit(By.id("found:foundMagazine"));
    waitForPath("/desk/admin/magazine");
    assertEquals("매거진을 만들었습니다.", text("adminMagazineSaved"));
    assertEquals(title, text("adminMagazineTitle"));
    String first = browser.getWindowHandle();
    String page = browser.getCurrentUrl();
    browser.switchTo().newWindow(WindowType.TAB).get(page);
    type("magazine:description", "다른 창에서 먼저 고침");
    submit(By.id("magazine:save"));
    assertEquals("매거진을 저장했습니다.", text("adminMagazineSaved"));
    browser.close();
    browser.switchTo().window(first);
    type("magazine:title", title + " 늦은 개정");
    submit(By.id("magazine:save"));
    assertEquals("그사이 다른 사람이 먼저 고쳤습니다. 페이지를 새로 고친 뒤 다시 고쳐 주세요.", text("magazine:magazineMessages"));
    assertEquals(title + " 늦은 개정", text("magazine:title"), "what was typed stays");

    browser.get(page);
    assertEquals("다른 창에서 먼저 고침", text("magazine:description"));
    type("magazine:title", title + " 개정");
    submit(By.id("magazine:save"));
    assertEquals("매거진을 저장했습니다.", text("adminMagazineSaved"));
    assertEquals(title + " 개정", text("adminMagazineTitle"));
    Browser.screenshot(browser, "desk-admin-magazine");
    JsonObject magazines = ColumnsApi.expect(api.get("api/v1/magazines?size=100", null), 200);
    assertTrue(magazines.toString().contains(title + " 개정"), "the API sees the new title");

    browser.get(base + "desk/admin/magazines");
    WebElement magazine = browser.findElement(By.cssSelector("a.admin-magazine[data-slug]"));
    assertFalse(magazine.getText().isEmpty());
    Browser.screenshot(browser, "desk-admin-magazines");

    browser.get(base + "desk/admin/tags");
    type("tags:text", suffix);
    click(By.id("tags:filter"));
    assertEquals(
        "1", rowOf(tagLink(kept)).findElement(By.className("admin-tag-columns")).getText());
    assertEquals(
        "0", rowOf(tagLink(unused)).findElement(By.className("admin-tag-columns")).getText());
    assertEquals(2, rows().size(), tableText());
    Browser.screenshot(browser, "desk-admin-tags");

    open(By.cssSelector(tagLink(kept)), "/desk/admin/tag");
    assertFalse(browser.findElement(By.id("remove:delete")).isEnabled(), "a tag in use stays");
    type("tag:name", "  " + unused + " ");
    submit(By.id("tag:rename"));
    assertEquals("같은 이름의 태그가 이미 있습니다. 태그를 합치는 기능은 없으니 다른 이름을 써 주세요.", text("tag:nameCheck"));

    String renamed = "새이름태그 " + suffix;
    type("tag:name", renamed);
    submit(By.id("tag:rename"));
    assertTrue(text("adminTagSaved").startsWith("태그 이름을 바꿨습니다."));
    assertEquals(renamed, text("adminTagTitle"));
    Browser.screenshot(browser, "desk-admin-tag");
    JsonObject saved = ColumnsApi.expect(columns.get(id, ColumnsApi.WRITER), 200);
    assertEquals(
        List.of(renamed),
        saved.getJsonArray("tags").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());

    browser.get(base + "desk/admin/tags");
    type("tags:text", suffix);
    click(By.id("tags:filter"));
    open(By.cssSelector(tagLink(unused)), "/desk/admin/tag");
    String tagPage = browser.getCurrentUrl();
    // A writer puts the tag on a column after the page was read: the service refuses the delete.
    column = retag(column, renamed, unused);
    submit(By.id("remove:delete"));
    assertEquals("이 태그를 단 칼럼이 있어 지울 수 없습니다.", text("remove:removeMessages"));
    column = retag(column, renamed);
    assertEquals(tagPage, browser.getCurrentUrl(), "the page keeps its address after a refusal");
    browser.get(tagPage);
    submit(By.id("remove:delete"));
    waitForPath("/desk/admin/tags");
    assertEquals("‘" + unused + "’ 태그를 지웠습니다.", text("adminTagDeleted"));
    type("tags:text", suffix);
    click(By.id("tags:filter"));
    waitUntil(() -> browser.findElements(By.cssSelector(tagLink(unused))).isEmpty());
    rowOf(tagLink(renamed));
  }

  @Test
  void auditLogFiltersByActorActionAndTime() {
    String writer = "adm.audit." + suffix;
    api.openAccount(writer, "감사 필자", Api.DEMO_PASSWORD, "WRITER");
    JsonObject column = columns.newDraft(writer, ColumnsApi.unique("감사 칼럼"));
    long id = ColumnsApi.id(column);
    ColumnsApi.expect(columns.transition(id, "submit", writer), 200);

    browser = Browser.start("ko");
    signIn(ColumnsApi.EDITOR, Api.DEMO_PASSWORD);
    browser.get(base + "desk/admin/audit");
    type("audit:actor", writer);
    new Select(browser.findElement(By.id("audit:action"))).selectByValue("SUBMIT");
    click(By.id("audit:filter"));

    waitUntil(() -> rows().size() == 1 && tableText().contains(writer));
    WebElement row = rows().get(0);
    assertEquals(
        "SUBMIT", row.findElement(By.className("audit-action")).getAttribute("data-action"));
    assertEquals(writer, row.findElement(By.className("audit-actor")).getText());
    WebElement link = row.findElement(By.className("audit-column"));
    assertEquals(Long.toString(id), link.getText());
    assertTrue(
        link.getAttribute("href").endsWith("/desk/edit?id=" + id), link.getAttribute("href"));
    assertTrue(row.getText().contains("DRAFT") && row.getText().contains("IN_REVIEW"));
    Browser.screenshot(browser, "desk-admin-audit");

    new Select(browser.findElement(By.id("audit:action"))).selectByValue("");
    click(By.id("audit:filter"));
    waitUntil(() -> rows().size() == 2);
    assertEquals(
        "SUBMIT",
        rows().get(0).findElement(By.className("audit-action")).getAttribute("data-action"),
        "newest first");
    assertEquals(
        "CREATE",
        rows().get(1).findElement(By.className("audit-action")).getAttribute("data-action"));

    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    LocalDateTime seoul = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
    typeDate("audit:to", seoul.minusDays(1).format(minutes));
    click(By.id("audit:filter"));
    waitUntil(() -> tableText().contains("보여 줄 항목이 없습니다."));

    typeDate("audit:from", seoul.minusHours(1).format(minutes));
    typeDate("audit:to", seoul.plusHours(1).format(minutes));
    click(By.id("audit:filter"));
    waitUntil(() -> rows().size() == 2);

    type("audit:column", "열둘");
    click(By.id("audit:filter"));
    waitUntil(() -> hasMessageBeside("audit:column"));
    assertEquals("열둘", text("audit:column"), "what was typed stays");
  }

  @Test
  void writerIsRefusedTheAdministrationWithAReadable403() {
    browser = Browser.start("ko");
    signIn(ColumnsApi.WRITER, Api.DEMO_PASSWORD);
    assertTrue(browser.findElements(By.id("session:navAdmin")).isEmpty(), "no link for a writer");
    browser.get(base + "desk/admin/");
    assertTrue(text("adminNothing").startsWith("지금 역할로 쓸 수 있는 관리 화면이 없습니다."));

    browser.get(base + "desk/admin/accounts");
    assertEquals("403", text("forbidden"));
    String page = browser.getPageSource();
    assertTrue(page.contains("이 페이지를 볼 권한이 없습니다."), page);
    assertFalse(page.contains("Exception") || page.contains("at dev.columndesk"), page);
    Browser.screenshot(browser, "desk-admin-403");

    String session = deskSession(ColumnsApi.WRITER);
    for (String path :
        List.of(
            "desk/admin/accounts",
            "desk/admin/accounts.xhtml",
            "desk/admin/account?username=writer",
            "desk/admin/magazines",
            "desk/admin/tags",
            "desk/admin/audit")) {
      Api.Answer refused = api.withCookie(path, session);
      assertEquals(403, refused.status(), path);
      assertTrue(refused.body().contains("You are not allowed to open this page."), path);
    }
    String editor = deskSession(ColumnsApi.EDITOR);
    assertEquals(403, api.withCookie("desk/admin/accounts", editor).status(), "accounts: admins");
    assertEquals(200, api.withCookie("desk/admin/audit", editor).status(), "the log: editors too");
  }

  @Test
  void craftedFacesPostsOfAWriterAreRefused() {
    String session = deskSession(ColumnsApi.WRITER);
    // A view state the writer may have: the one of their own account page.
    Api.Answer own = api.withCookie("desk/account", session);
    assertEquals(200, own.status(), own::toString);
    String viewState = own.viewState();
    String nonce = own.nonce();
    String username = "adm.crafted." + suffix;

    Map<String, String> opening = new LinkedHashMap<>();
    opening.put("open", "open");
    opening.put("open:username", username);
    opening.put("open:displayName", "끼워 넣은 계정");
    opening.put("open:password", PASSWORD);
    opening.put("open:roles", "ADMIN");
    opening.put("open:openAccount", "");
    opening.put("jakarta.faces.ViewState", viewState);
    opening.put("primefaces.nonce", nonce);
    assertEquals(403, api.form("desk/admin/accounts", session, opening).status());
    assertEquals(403, api.form("desk/admin/accounts.xhtml", session, opening).status());

    Map<String, String> promotion = new LinkedHashMap<>();
    promotion.put("account", "account");
    promotion.put("account:displayName", "Writer");
    promotion.put("account:roles", "ADMIN");
    promotion.put("account:enabled", "on");
    promotion.put("account:save", "");
    promotion.put("jakarta.faces.ViewState", viewState);
    promotion.put("primefaces.nonce", nonce);
    assertEquals(403, api.form("desk/admin/account?username=writer", session, promotion).status());

    assertEquals(404, api.get("api/v1/accounts/" + username, "admin").status(), "not opened");
    assertEquals(List.of("WRITER"), rolesOf("writer"));
    // The service path itself refuses the writer, whatever page the request came through.
    assertEquals(
        403, api.patch("api/v1/accounts/writer", "writer", "{\"roles\":[\"ADMIN\"]}").status());
    assertEquals(403, api.post("api/v1/magazines", "writer", "{\"title\":\"끼워 넣은 매거진\"}").status());
    assertEquals(List.of("WRITER"), rolesOf("writer"));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private String deskSession(String user) {
    Api.Answer signedIn = api.deskSignIn(user, Api.DEMO_PASSWORD);
    assertEquals(302, signedIn.status(), signedIn::toString);
    return signedIn.cookies();
  }

  /** Saves the column with these tags and answers it as saved. */
  private JsonObject retag(JsonObject column, String... tags) {
    return ColumnsApi.expect(
        columns.put(
            ColumnsApi.id(column),
            ColumnsApi.WRITER,
            ColumnsApi.etagOf(column),
            ColumnsApi.draftBuilder(column.getString("title"), "<p>본문</p>")
                .add("tags", ColumnsApi.array(tags))
                .build()
                .toString()),
        200);
  }

  private JsonObject account(String username) {
    return ColumnsApi.expect(api.get("api/v1/accounts/" + username, "admin"), 200);
  }

  private List<String> rolesOf(String username) {
    return account(username).getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .sorted()
        .toList();
  }

  private static String tagLink(String tag) {
    return "a.admin-tag[data-tag='" + tag + "']";
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("[id$=':list_data'] > tr[data-ri]"));
  }

  private String tableText() {
    try {
      return browser.findElement(By.cssSelector("[id$=':list_data']")).getText();
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }

  /** The table row holding the element, once an Ajax filter has brought it. */
  private WebElement rowOf(String css) {
    return wait(15)
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver ->
                driver.findElement(By.cssSelector(css)).findElement(By.xpath("ancestor::tr[1]")));
  }

  private boolean hasMessageBeside(String id) {
    return !browser.findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message-error")).isEmpty();
  }

  private void signIn(String username, String password) {
    browser.get(base + "login");
    type("username", username);
    type("password", password);
    submit(By.id("signIn"));
    waitForPath("/desk/");
  }

  private void check(String groupId, String value, boolean on) {
    WebElement box =
        browser.findElement(By.cssSelector("[id='" + groupId + "'] input[value='" + value + "']"));
    if (box.isSelected() != on) {
      box.click();
    }
  }

  private void typeDate(String id, String value) {
    WebElement field = browser.findElement(By.id(id + "_input"));
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    wait(5).until(driver -> value.equals(field.getAttribute("value")));
  }

  private void open(String linkId, String path) {
    open(By.id(linkId), path);
  }

  private void open(By link, String path) {
    submit(link);
    waitForPath(path);
  }

  private String text(String id) {
    try {
      WebElement element = browser.findElement(By.id(id));
      String value = element.getAttribute("value");
      return (value != null && "input".equals(element.getTagName()) ? value : element.getText())
          .strip();
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

  private void type(String id, String value) {
    browser.findElement(By.id(id)).clear();
    browser.findElement(By.id(id)).sendKeys(value);
  }

  /** Clicks a button that answers by Ajax, and waits until PrimeFaces has no request in flight. */
  private void click(By button) {
    browser.findElement(button).click();
    waitUntil(
        () ->
            (Boolean)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();"));
  }

  /** Clicks and waits for the next page, as DeskAccountIT does. */
  private void submit(By button) {
    Browser.submit(browser, button);
  }

  private void waitUntil(java.util.function.BooleanSupplier condition) {
    wait(15)
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> condition.getAsBoolean());
  }

  private void waitForPath(String path) {
    wait(15).until(ExpectedConditions.urlContains(path));
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }
}
