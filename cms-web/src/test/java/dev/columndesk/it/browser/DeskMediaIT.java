package dev.columndesk.it.browser;

import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.draft;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskBrowser;
import dev.columndesk.it.support.FailureScreenshots;
import dev.columndesk.it.support.Images;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The media library in a real browser: a writer uploads a picture on {@code /desk/media} (and is
 * told plainly why an SVG is refused), picks it as a column's cover in the editor, puts it into the
 * body from the library, saves, and sees the cover in the preview, loaded from {@code /media/}.
 */
@ExtendWith({ArquillianExtension.class, FailureScreenshots.class})
@RunAsClient
class DeskMediaIT {

  @ArquillianResource private URL base;
  @TempDir private Path files;
  private ColumnsApi columns;
  private DeskBrowser writer;

  @BeforeEach
  void connect() {
    columns = new ColumnsApi(new Api(base));
    writer = new DeskBrowser(base, "en");
  }

  @AfterEach
  void close() {
    writer.close();
  }

  @Test
  void writerUploadsAnImageAndMakesItTheCoverOfAColumn() throws IOException {
    String fileName = "cover-" + UUID.randomUUID().toString().substring(0, 8) + ".png";
    Path picture = Files.write(files.resolve(fileName), Images.picture("png", 120, 80));
    Path svg =
        Files.writeString(
            files.resolve("logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            StandardCharsets.UTF_8);

    writer.signIn(WRITER, Api.DEMO_PASSWORD);
    writer.submit("navMedia");
    writer.waitForPath("/desk/media");

    // An SVG is refused beside the upload, with the reason.
    writer.find("upload:file").sendKeys(svg.toString());
    writer.submit("upload:send");
    writer.waitForText("upload:uploadMessages", "SVG images are not accepted");

    writer.find("upload:file").sendKeys(picture.toString());
    writer.submit("upload:send");
    writer.waitForText("upload:uploaded", "/media/");
    String url = writer.text("upload:uploaded").replaceAll(".*(/media/\\S+).*", "$1");
    WebElement tile =
        writer
            .driver()
            .findElement(By.cssSelector("li.media-tile[data-name='" + url.substring(7) + "']"));
    assertTrue(tile.getText().contains(fileName), tile.getText());
    assertTrue(tile.getText().contains("120 × 80"), tile.getText());
    assertLoaded(tile.findElement(By.tagName("img")));

    // The editor: the picture as cover, and once more inside the body.
    JsonObject column =
        expect(columns.create(WRITER, draft(unique("Cover story"), "<p>Text.</p>")), 201);
    writer.open("desk/edit?id=" + id(column));
    writer.choose("editor:cover", fileName + " (120×80)", url);
    writer.idle();
    assertLoaded(writer.find("coverImage"));
    writer.script("document.getElementById('insertImage').open = true;");
    writer.script("ColumnDesk.editor.quill().setSelection(0, 0);");
    writer
        .driver()
        .findElement(By.cssSelector("#insertImage .media-insert[data-url='" + url + "']"))
        .click();
    writer
        .wait(5)
        .until(
            d ->
                (Boolean)
                    writer.script(
                        "return !!document.querySelector('#editor .ql-editor img[src=\"' + arguments[0]"
                            + " + '\"]') && document.getElementById('editor:body_input').value"
                            + ".indexOf(arguments[0]) >= 0;",
                        url));
    writer.click("editor:save");
    writer.waitForAttribute("saveState", "data-state", "saved");

    JsonObject saved = expect(columns.get(id(column), WRITER), 200);
    assertEquals(url, saved.getString("cover"));
    assertTrue(
        saved.getString("body").contains("<img src=\"" + url + "\""), saved.getString("body"));

    writer.open("desk/preview/" + id(column));
    WebElement cover = writer.driver().findElement(By.cssSelector("figure.cover img"));
    assertEquals(url, path(cover));
    assertLoaded(cover);
  }

  /** The image's address without the server part. */
  private String path(WebElement image) {
    return (String) writer.script("return new URL(arguments[0].src).pathname;", image);
  }

  /**
   * Asserts that the browser fetched and decoded the image (a refused or broken one has no width).
   */
  private void assertLoaded(WebElement image) {
    writer
        .wait(15)
        .until(
            d ->
                (Boolean)
                    writer.script(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
  }
}
