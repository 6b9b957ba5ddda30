package dev.columndesk.it.support;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at the desk in a real browser: signing in, typing, clicking, and waiting for what a
 * person would wait for. Failures say which page was showing and what it said.
 */
public final class DeskBrowser implements AutoCloseable {

  private final URL base;
  private final WebDriver driver;

  public DeskBrowser(URL base, String language) {
    this.base = base;
    this.driver = Browser.start(language);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Signs in on the login page and waits for the desk's home. */
  public DeskBrowser signIn(String username, String password) {
    driver.get(base + "login");
    type("username", username);
    type("password", password);
    submit(By.id("signIn"));
    waitForPath("/desk/");
    return this;
  }

  /** Opens a path of the application, such as {@code desk/edit?id=3}. */
  public DeskBrowser open(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement find(String id) {
    try {
      return driver.findElement(By.id(id));
    } catch (NoSuchElementException e) {
      throw new AssertionError("no #" + id + " on " + describe(), e);
    }
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return find(id).getText().strip();
  }

  public String value(String id) {
    return find(id).getAttribute("value");
  }

  public void type(String id, String text) {
    WebElement field = find(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a person clicks it. The menu's
   * panel fades in and a click during the fade can miss, so the pick is tried until the menu's
   * hidden select holds the value.
   */
  public void choose(String menuId, String label, String value) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    for (int attempt = 1; attempt <= 3 && !value.equals(value(menuId + "_input")); attempt++) {
      find(menuId).click();
      try {
        wait(15).until(ExpectedConditions.elementToBeClickable(item)).click();
        wait(3).until(ExpectedConditions.attributeToBe(By.id(menuId + "_input"), "value", value));
      } catch (TimeoutException | ElementNotInteractableException e) {
        driver.findElement(By.tagName("h1")).click(); // close the panel and try again
      }
    }
    if (!value.equals(value(menuId + "_input"))) {
      throw new AssertionError("could not choose " + label + " in " + menuId + " on " + describe());
    }
  }

  /** Clicks an Ajax button and waits until PrimeFaces has finished every request. */
  public void click(String id) {
    wait(15).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    idle();
  }

  /** Waits until no PrimeFaces Ajax request is running. */
  public void idle() {
    wait(20)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /** Clicks and waits for the next page to load. */
  public void submit(By button) {
    Browser.submit(driver, button);
  }

  public void submit(String id) {
    submit(By.id(id));
  }

  public void waitForPath(String path) {
    wait(20).until(ExpectedConditions.urlContains(path));
  }

  /** Waits until the element's text contains the given text. */
  public void waitForText(String id, String text) {
    try {
      wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    } catch (RuntimeException e) {
      throw new AssertionError(
          "#"
              + id
              + " never said '"
              + text
              + "'; it says '"
              + textOrNone(id)
              + "' on "
              + describe(),
          e);
    }
  }

  /** Waits until the element's attribute has the given value. */
  public void waitForAttribute(String id, String attribute, String value) {
    try {
      wait(20).until(ExpectedConditions.attributeToBe(By.id(id), attribute, value));
    } catch (RuntimeException e) {
      throw new AssertionError(
          "#"
              + id
              + " never had "
              + attribute
              + "="
              + value
              + " (has "
              + (has(id) ? find(id).getAttribute(attribute) : "no element")
              + ") on "
              + describe(),
          e);
    }
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * A wait that looks again when the element it read was replaced meanwhile: Ajax updates redraw
   * parts of the page (the editor's save bar several times a second while it saves), and the next
   * look finds the new element.
   */
  public WebDriverWait wait(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public void screenshot(String name) {
    Browser.screenshot(driver, name);
  }

  private String textOrNone(String id) {
    return has(id) ? driver.findElement(By.id(id)).getText() : "(no such element)";
  }

  /** Where the browser is and what the page says, for failure messages. */
  public String describe() {
    String body;
    try {
      body = driver.findElement(By.tagName("body")).getText();
    } catch (WebDriverException e) {
      body = "(unreadable)";
    }
    return driver.getCurrentUrl() + " titled '" + driver.getTitle() + "': " + body;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
