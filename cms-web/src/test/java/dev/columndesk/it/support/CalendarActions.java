package dev.columndesk.it.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a publisher's hands do on {@code /desk/calendar}, for every browser test that needs it. */
public final class CalendarActions {

  /** How the calendar's date pickers take a time: in the publisher's zone. */
  public static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CalendarActions() {}

  /** Opens the calendar and waits until its first events have come. */
  public static void open(WebDriver browser, String base) {
    open(browser, base, null);
  }

  /**
   * Opens the calendar as the dashboard's "schedule" link of the approved column {@code column}
   * does (that column offered first and picked), or plainly when it is {@code null}, and waits
   * until its first events have come.
   */
  public static void open(WebDriver browser, String base, Long column) {
    browser.get(base + "desk/calendar" + (column == null ? "" : "?column=" + column));
    wait(browser, 20)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-daygrid-day")));
    waitForAjax(browser);
  }

  /** The approved column {@code id} in the side list of columns waiting for the calendar. */
  public static By offered(long id) {
    return By.cssSelector("input[name='calendar:awaitingColumn'][value='" + id + "']");
  }

  public static WebElement dayCell(WebDriver browser, LocalDate day) {
    return browser.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + day + "']"));
  }

  /** A real drag with the mouse, in small steps as a hand moves. */
  public static void drag(WebDriver browser, WebElement what, WebElement target) {
    // Room for the list, the event and the day at once: a hand cannot drag past the screen's edge.
    browser.manage().window().setSize(new Dimension(1280, 1800));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    new Actions(browser)
        .clickAndHold(what)
        .pause(Duration.ofMillis(200))
        .moveByOffset(6, 6)
        .pause(Duration.ofMillis(200))
        .moveToElement(target)
        .pause(Duration.ofMillis(300))
        .moveByOffset(1, 1)
        .pause(Duration.ofMillis(200))
        .release()
        .perform();
  }

  /**
   * Types a time into a date picker, as a person who knows the format; its panel opens only from
   * its button, so nothing covers the page (and Escape would close the dialog).
   */
  public static void typeTime(WebDriver browser, String pickerId, LocalDateTime at) {
    WebElement input = browser.findElement(By.id(pickerId + "_input"));
    String typed = at.format(TYPED);
    // Select what is there and type over it: clearing first lets the picker fill in "now".
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
    wait(browser, 5).until(ExpectedConditions.attributeToBe(input, "value", typed));
    wait(browser, 5)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(pickerId + "_panel")));
  }

  /** Clicks the column's event and waits for its dialog. */
  public static void openEvent(WebDriver browser, long id) {
    waitForAjax(browser);
    By event = By.cssSelector(".cal-col-" + id);
    // A day that holds many events scrolls; one at the edge lies under the sticky day names until
    // it is brought to the middle, and a redraw may cover it for a moment: click until it takes.
    wait(browser, 15)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              WebElement shown = ExpectedConditions.elementToBeClickable(event).apply(driver);
              if (shown == null) {
                return false;
              }
              ((JavascriptExecutor) driver)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
              shown.click();
              return true;
            });
    wait(browser, 15)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar:eventTitle")));
    waitForAjax(browser);
  }

  public static void waitForAjax(WebDriver browser) {
    wait(browser, 20)
        .until(
            driver ->
                (Boolean)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
  }

  private static WebDriverWait wait(WebDriver browser, int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }
}
