package dev.columndesk.it.browser;

import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Browser;
import dev.columndesk.it.support.CalendarActions;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.FailureScreenshots;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publisher's calendar in a real browser: putting approved columns on it, dragging them to
 * another day, the dialog's actions, time zones, who may open it, and a change made meanwhile
 * through the API that the page must report rather than overwrite. Every test makes its own columns
 * through the API.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskCalendarIT {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private WebDriver browser;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void publisherPutsAnApprovedColumnOnTheCalendarAndPublishesItNow() {
    JsonObject approved = columns.inStatus("writer", "APPROVED");
    LocalDateTime at = LocalDateTime.now(SEOUL).plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
    browser = Browser.start("ko");
    signIn(PUBLISHER);
    openCalendar(id(approved));
    assertEquals("발행 달력", text("calendarTitle"));
    assertTrue(text("calendarZone").contains("Asia/Seoul"), text("calendarZone"));

    scheduleThroughPage(id(approved), at);

    waitForMessage("발행을 예약했습니다");
    JsonObject scheduled = columns.current(approved);
    assertEquals("SCHEDULED", scheduled.getString("status"));
    assertEquals(at.atZone(SEOUL).toInstant(), ColumnsApi.instant(scheduled, "publishAt"));
    WebElement event = waitForEvent(id(approved), "cal-scheduled");
    assertTrue(event.getText().contains(approved.getString("title")), event.getText());
    assertTrue(event.getText().contains(at.format(DateTimeFormatter.ofPattern("HH:mm"))));
    assertFalse(
        isOffered(id(approved)), "a scheduled column leaves the list of approved ones waiting");
    scrollTo(id(approved));
    Browser.screenshot(browser, "desk-calendar-month");

    openEvent(id(approved));
    assertEquals(approved.getString("title"), text("calendar:eventTitle"));
    assertEquals("발행 예약", text("calendar:eventStatus"));
    Browser.screenshot(browser, "desk-calendar-dialog");
    click("calendar:publishNow");

    waitForMessage("지금 발행했습니다");
    JsonObject live = columns.current(approved);
    assertEquals("PUBLISHED", live.getString("status"));
    assertFalse(live.isNull("live"));
    waitForEvent(id(approved), "cal-published");
  }

  @Test
  void columnScheduledSecondsAheadGoesLiveByItself() {
    JsonObject approved = columns.inStatus("writer", "APPROVED");
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    openCalendar(id(approved));
    // The page takes minutes: the next whole minute that is still a few seconds away.
    LocalDateTime at = LocalDateTime.now(SEOUL).plusSeconds(8).truncatedTo(ChronoUnit.MINUTES);
    at = at.plusMinutes(1);

    scheduleThroughPage(id(approved), at);

    waitForMessage("Scheduled: " + approved.getString("title"));
    JsonObject live =
        columns.await(
            approved, column -> "PUBLISHED".equals(column.getString("status")), untilLive(at));
    String url = live.getJsonObject("live").getString("url");
    assertEquals(200, columns.page(url).status(), "the public page answers");
  }

  @Test
  void draggingAScheduledColumnToAnotherDayReschedulesItInThePublishersZone() {
    LocalDate day = LocalDate.now(SEOUL).plusDays(2);
    ZonedDateTime first = day.atTime(10, 30).atZone(SEOUL);
    long moved = scheduledAt(first);
    JsonObject published = columns.inStatus("writer", "PUBLISHED");
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    openCalendar();

    WebElement event = waitForEvent(moved, "cal-scheduled");
    assertTrue(event.getAttribute("class").contains("fc-event-draggable"), "scheduled: draggable");
    WebElement live = waitForEvent(id(published), "cal-published");
    assertFalse(live.getAttribute("class").contains("fc-event-draggable"), "live: stays put");
    drag(event, dayCell(day.plusDays(1)));

    Instant expected = first.plusDays(1).toInstant();
    columns.await(
        columnWithId(moved),
        column -> expected.equals(ColumnsApi.instant(column, "publishAt")),
        Duration.ofSeconds(15));
    waitForMessage("Rescheduled");
    waitUntil(
        () -> !dayCell(day.plusDays(1)).findElements(By.cssSelector(".cal-col-" + moved)).isEmpty(),
        "the event sits on its new day");
    scrollTo(moved);
    Browser.screenshot(browser, "desk-calendar-dragged");
  }

  @Test
  void theDashboardsScheduleLinkOpensTheCalendarWithItsColumnPickedAndOfferedFirst() {
    columns.inStatus("writer", "APPROVED"); // at least one column waits
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    browser.get(base + "desk/");
    WebElement link =
        wait(15)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#approved li a.shelf-action")));
    long id =
        Long.parseLong(link.findElement(By.xpath("./ancestor::li[1]")).getAttribute("data-column"));

    link.click();

    WebElement offered =
        wait(20).until(ExpectedConditions.presenceOfElementLocated(CalendarActions.offered(id)));
    assertTrue(offered.isSelected(), "the column is picked");
    assertEquals(
        String.valueOf(id),
        browser
            .findElement(By.cssSelector("input[name='calendar:awaitingColumn']"))
            .getAttribute("value"),
        "offered first");
  }

  @Test
  void approvedColumnDraggedFromTheListOntoADayIsScheduledThereAtNine() {
    JsonObject approved = columns.inStatus("writer", "APPROVED");
    LocalDate day = LocalDate.now(SEOUL).plusDays(2);
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    openCalendar(id(approved));

    WebElement offered =
        wait(15)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(
                        "input[name='calendar:awaitingColumn'][value='" + id(approved) + "']")));
    drag(offered.findElement(By.xpath("./ancestor::td[1]")), dayCell(day));

    Instant nine = day.atTime(9, 0).atZone(SEOUL).toInstant();
    columns.await(
        approved,
        column ->
            "SCHEDULED".equals(column.getString("status"))
                && nine.equals(ColumnsApi.instant(column, "publishAt")),
        Duration.ofSeconds(15));
    waitForMessage("Scheduled: " + approved.getString("title"));
    assertEquals("09:00", eventTime(id(approved)));
    waitUntil(() -> !isOffered(id(approved)), "it leaves the list");
  }

  @Test
  void dialogSetsAnExpiryUnschedulesAndUnpublishes() {
    ZonedDateTime publishAt = LocalDate.now(SEOUL).plusDays(1).atTime(10, 0).atZone(SEOUL);
    long scheduled = scheduledAt(publishAt);
    JsonObject published = columns.inStatus("writer", "PUBLISHED");
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    // Opened for this column: once unscheduled it is offered first again, however many wait.
    openCalendar(scheduled);

    // A scheduled column's expiry goes with its schedule.
    openEvent(scheduled);
    LocalDateTime expiry = publishAt.toLocalDateTime().plusDays(2);
    typeTime("calendar:expiryAt", expiry);
    click("calendar:saveExpiry");
    waitForMessage("Expiry set");
    JsonObject withExpiry = columns.current(columnWithId(scheduled));
    assertEquals("SCHEDULED", withExpiry.getString("status"));
    assertEquals(publishAt.toInstant(), ColumnsApi.instant(withExpiry, "publishAt"));
    assertEquals(expiry.atZone(SEOUL).toInstant(), ColumnsApi.instant(withExpiry, "unpublishAt"));

    openEvent(scheduled);
    assertTrue(text("calendar:eventExpiry").contains(String.valueOf(expiry.getDayOfMonth())));
    click("calendar:unschedule");
    waitForMessage("Taken off the calendar");
    assertEquals("APPROVED", columns.current(columnWithId(scheduled)).getString("status"));
    waitUntil(() -> isOffered(scheduled), "the unscheduled column is offered again");
    waitUntil(
        () -> browser.findElements(By.cssSelector(".cal-col-" + scheduled)).isEmpty(),
        "the event leaves the calendar");

    // A live column takes an expiry of its own, refuses one in the past, and can be unpublished.
    openEvent(id(published));
    typeTime("calendar:expiryAt", LocalDateTime.now(SEOUL).minusHours(1));
    click("calendar:saveExpiry");
    waitForText("calendar:dialogMessages", "already passed");
    assertTrue(columns.current(published).isNull("unpublishAt"), "nothing changed");
    LocalDateTime liveExpiry = LocalDateTime.now(SEOUL).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
    typeTime("calendar:expiryAt", liveExpiry);
    click("calendar:saveExpiry");
    waitForMessage("Expiry set");
    JsonObject expiring = columns.current(published);
    assertEquals("PUBLISHED", expiring.getString("status"));
    assertEquals(liveExpiry.atZone(SEOUL).toInstant(), ColumnsApi.instant(expiring, "unpublishAt"));

    openEvent(id(published));
    click("calendar:unpublish");
    waitForMessage("Unpublished");
    JsonObject down = columns.current(published);
    assertEquals("UNPUBLISHED", down.getString("status"));
    assertTrue(down.isNull("live"));
  }

  @Test
  void berlinPublisherSeesTheSameMomentAtBerlinsHour() {
    ZonedDateTime nineInSeoul = LocalDate.now(SEOUL).plusDays(1).atTime(9, 0).atZone(SEOUL);
    long id = scheduledAt(nineInSeoul);
    String berliner = "cal." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(berliner, "베를린 발행인", Api.DEMO_PASSWORD, "PUBLISHER");
    Api.Answer zoned = api.patch("api/v1/me", berliner, "{\"timeZone\":\"Europe/Berlin\"}");
    assertEquals(200, zoned.status(), zoned::toString);

    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    openCalendar();
    assertEquals("09:00", eventTime(id));
    browser.quit();

    browser = Browser.start("en-US");
    signIn(berliner);
    openCalendar();
    assertTrue(text("calendarZone").contains("Europe/Berlin"), text("calendarZone"));
    String berlinHour =
        nineInSeoul.withZoneSameInstant(BERLIN).format(DateTimeFormatter.ofPattern("HH:mm"));
    assertEquals(berlinHour, eventTime(id));
    LocalDate berlinDay = nineInSeoul.withZoneSameInstant(BERLIN).toLocalDate();
    assertFalse(
        dayCell(berlinDay).findElements(By.cssSelector(".cal-col-" + id)).isEmpty(),
        "on Berlin's day");
    Browser.screenshot(browser, "desk-calendar-berlin");

    click(By.cssSelector(".fc-timeGridWeek-button"));
    waitUntil(
        () -> !browser.findElements(By.cssSelector(".fc-timeGridWeek-view")).isEmpty(),
        "the week view");
    if (browser.findElements(By.cssSelector(".cal-col-" + id)).isEmpty()) {
      click(By.cssSelector(".fc-next-button"));
    }
    assertEquals(berlinHour, eventTime(id));
    Browser.screenshot(browser, "desk-calendar-week-berlin");
  }

  @Test
  void writerGetsAReadableRefusal() {
    Api.Answer login = api.page("/login");
    String session = api.deskSignIn(login, "writer", Api.DEMO_PASSWORD).cookie("JSESSIONID");
    assertNotNull(session);
    Api.Answer page = api.withCookie("desk/calendar", session);
    assertEquals(403, page.status());
    assertFalse(page.body().contains("deskCalendar"), "no calendar in the refusal");

    browser = Browser.start("ko");
    signIn("writer");
    browser.get(base + "desk/calendar");
    assertTrue(text("calendarForbidden").contains("발행인만"), text("calendarForbidden"));
    assertTrue(browser.findElements(By.id("calendar:schedule")).isEmpty());
    assertTrue(browser.findElements(By.id("session:navCalendar")).isEmpty(), "no link to it");
    Browser.screenshot(browser, "desk-calendar-forbidden");
  }

  @Test
  void aChangeMadeMeanwhileIsReportedNotOverwritten() {
    LocalDate day = LocalDate.now(SEOUL).plusDays(2);
    long id = scheduledAt(day.atTime(10, 0).atZone(SEOUL));
    browser = Browser.start("en-US");
    signIn(PUBLISHER);
    openCalendar();
    WebElement event = waitForEvent(id, "cal-scheduled");

    Instant theirs = day.atTime(11, 0).atZone(SEOUL).toInstant();
    columns.move(
        columnWithId(id),
        "schedule",
        PUBLISHER,
        ColumnsApi.schedule(theirs.atZone(SEOUL).toOffsetDateTime(), null));
    drag(event, dayCell(day.plusDays(1)));

    waitForMessage("Someone else changed this column");
    assertEquals(theirs, ColumnsApi.instant(columns.current(columnWithId(id)), "publishAt"));
    waitUntil(
        () ->
            eventTime(id).equals("11:00")
                && !dayCell(day).findElements(By.cssSelector(".cal-col-" + id)).isEmpty(),
        "the event goes back to where it is stored");
    Browser.screenshot(browser, "desk-calendar-stale");

    // A time in the past is refused, and nothing changes.
    openEvent(id);
    typeTime("calendar:rescheduleAt", LocalDateTime.now(SEOUL).minusDays(1));
    click("calendar:reschedule");
    waitForText("calendar:dialogMessages", "already passed");
    assertEquals(theirs, ColumnsApi.instant(columns.current(columnWithId(id)), "publishAt"));
  }

  // --- helpers for other browser tests: putting a column on the calendar
  // --------------------------

  /**
   * On an open calendar, picks the approved column {@code id} in the side list, types when it goes
   * live (in the publisher's zone) and puts it on the calendar.
   */
  private void scheduleThroughPage(long id, LocalDateTime at) {
    By offered = By.cssSelector("input[name='calendar:awaitingColumn'][value='" + id + "']");
    wait(15).until(ExpectedConditions.elementToBeClickable(offered)).click();
    typeTime("calendar:scheduleAt", at);
    click("calendar:scheduleButton");
  }

  private void signIn(String username) {
    browser.get(base + "login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("signIn")).click();
    wait(15).until(ExpectedConditions.urlContains("/desk/"));
  }

  /** Opens the calendar and waits until its first events have come. */
  private void openCalendar() {
    CalendarActions.open(browser, base.toString());
  }

  /** The calendar opened from the dashboard's "schedule" link of the column {@code id}. */
  private void openCalendar(long id) {
    CalendarActions.open(browser, base.toString(), id);
  }

  private WebElement waitForEvent(long id, String kind) {
    return wait(15)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal-col-" + id + "." + kind)));
  }

  private String eventTime(long id) {
    return wait(15)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal-col-" + id + " .fc-event-time")))
        .getText()
        .strip();
  }

  private void openEvent(long id) {
    CalendarActions.openEvent(browser, id);
  }

  private void scrollTo(long id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});",
            browser.findElement(By.cssSelector(".cal-col-" + id)));
  }

  private boolean isOffered(long id) {
    return !browser
        .findElements(By.cssSelector("input[name='calendar:awaitingColumn'][value='" + id + "']"))
        .isEmpty();
  }

  private WebElement dayCell(LocalDate day) {
    return CalendarActions.dayCell(browser, day);
  }

  /** A real drag with the mouse, in small steps as a hand moves. */
  private void drag(WebElement event, WebElement target) {
    CalendarActions.drag(browser, event, target);
  }

  /**
   * Types a time into a date picker, as a person who knows the format; its panel opens only from
   * its button, so nothing covers the page (and Escape would close the dialog).
   */
  private void typeTime(String pickerId, LocalDateTime at) {
    CalendarActions.typeTime(browser, pickerId, at);
  }

  private void click(String id) {
    click(By.id(id));
  }

  private void click(By button) {
    waitForAjax();
    wait(15).until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  private void waitForMessage(String text) {
    waitForText("calendar:messages", text);
  }

  private void waitForText(String id, String text) {
    wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  private void waitForAjax() {
    CalendarActions.waitForAjax(browser);
  }

  private void waitUntil(BooleanSupplier condition, String what) {
    wait(20).withMessage(what).until(driver -> condition.getAsBoolean());
  }

  private String text(String id) {
    return wait(15)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
        .getText()
        .strip();
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  // --- columns made through the API
  // ---------------------------------------------------------------

  /** An approved column by the writer, scheduled through the API; answers its id. */
  private long scheduledAt(ZonedDateTime publishAt) {
    JsonObject approved = columns.inStatus("writer", "APPROVED");
    return id(
        columns.move(
            approved,
            "schedule",
            PUBLISHER,
            ColumnsApi.schedule(publishAt.toOffsetDateTime(), null)));
  }

  private JsonObject columnWithId(long id) {
    return expect(columns.get(id, ColumnsApi.EDITOR), 200);
  }

  /** Up to a minute and a half: the time is at most about a minute away, then two seconds. */
  private static Duration untilLive(LocalDateTime at) {
    return Duration.between(Instant.now(), at.atZone(SEOUL).toInstant()).plusSeconds(30);
  }
}
