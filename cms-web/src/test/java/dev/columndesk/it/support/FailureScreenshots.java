package dev.columndesk.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * When a browser test fails, every browser it started is photographed, and its page and address
 * written down, under {@code target/screenshots/failures/} before {@code @AfterEach} closes it. CI
 * keeps that directory as the failure's evidence.
 */
public final class FailureScreenshots
    implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

  static final Path DIRECTORY = Path.of("target", "screenshots", "failures");

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    Browser.forget();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    Files.createDirectories(DIRECTORY);
    int n = 0;
    for (WebDriver driver : Browser.started()) {
      n++;
      try {
        Path picture = DIRECTORY.resolve(name + "-" + n + ".png");
        Files.write(picture, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(
            DIRECTORY.resolve(name + "-" + n + ".html"),
            "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
            StandardCharsets.UTF_8);
        System.err.println("Failure screenshot: " + picture.toAbsolutePath());
      } catch (WebDriverException e) {
        // The browser had already closed: there is nothing left to photograph.
        System.err.println(
            "No screenshot of browser " + n + " for " + name + ": " + e.getMessage());
      }
    }
  }
}
