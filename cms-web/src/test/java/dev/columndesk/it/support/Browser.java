package dev.columndesk.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's chromedriver: headless, a fresh profile each time, no
 * network beyond this machine. Nothing is downloaded.
 */
public final class Browser {

  private static final String CHROMIUM = System.getProperty("cms.it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("cms.it.chromedriver", "/usr/bin/chromedriver");

  private static final ThreadLocal<List<WebDriver>> STARTED =
      ThreadLocal.withInitial(ArrayList::new);

  private Browser() {}

  /** A new headless browser whose preferred language is {@code language} (such as "ko"). */
  public static WebDriver start(String language) {
    Path profile;
    try {
      profile = Files.createTempDirectory("column-desk-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    STARTED.get().add(driver);
    return driver;
  }

  /** The browsers this thread started since {@link #forget()}: what a failure photographs. */
  static List<WebDriver> started() {
    return List.copyOf(STARTED.get());
  }

  static void forget() {
    STARTED.get().clear();
  }

  /**
   * Clicks what leads to another page and waits until that page has loaded: a mark left on the old
   * page's window disappears with it.
   */
  public static void submit(WebDriver driver, By button) {
    ((JavascriptExecutor) driver).executeScript("window.columnDeskOldPage = true;");
    driver.findElement(button).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.columnDeskOldPage === undefined"
                                + " && document.readyState === 'complete';"));
  }

  /** Saves what the browser shows under target/screenshots, for a person to look at. */
  public static void screenshot(WebDriver driver, String name) {
    try {
      Path directory = Path.of("target", "screenshots");
      Files.createDirectories(directory);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(directory.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
