package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static dev.columndesk.it.support.ColumnsApi.etagOf;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.Images;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library over HTTP: uploads are judged by their bytes alone, refused with a reason when
 * they are not a raster image within the limits, served as inert images with long-lived validators,
 * used as columns' covers, and deleted only by the right people while nothing uses them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaApiIT {

  private static final String MEDIA = "api/v1/media";
  private static final long LIMIT = 5L * 1024 * 1024;

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  // --- uploads accepted ------------------------------------------------------------------------

  @Test
  void eachRasterTypeIsStoredUnderAServerMadeNameWithTheTypeItsBytesShow() {
    Map<String, byte[]> uploads =
        Map.of(
            "image/png", Images.picture("png", 40, 30),
            "image/jpeg", Images.picture("jpeg", 40, 30),
            "image/gif", Images.picture("gif", 40, 30),
            "image/webp", Images.webp(40, 30));
    uploads.forEach(
        (type, bytes) -> {
          // The client's claims are wrong on purpose: the bytes decide.
          Api.Answer answer = upload(WRITER, bytes, "text/html", "\"holiday\" <b>2026.html");
          JsonObject item = expect(answer, 201);
          String name = item.getString("name");
          String extension = type.equals("image/jpeg") ? "jpg" : type.substring(6);
          assertTrue(name.matches("[0-9a-f]{32}\\." + extension), name);
          assertEquals("/media/" + name, item.getString("url"));
          assertEquals(type, item.getString("contentType"));
          assertEquals(40, item.getInt("width"));
          assertEquals(30, item.getInt("height"));
          assertEquals(bytes.length, item.getJsonNumber("bytes").longValue());
          assertEquals(WRITER, item.getString("uploadedBy"));
          assertFalse(item.getString("uploadedAt").isBlank());
          assertEquals("\"holiday\" <b>2026.html", item.getString("originalName"));
          assertTrue(answer.header("Location").endsWith("/api/v1/media/" + name));

          HttpResponse<byte[]> served = fetch("media/" + name, Map.of());
          assertEquals(200, served.statusCode());
          assertEquals(type, served.headers().firstValue("Content-Type").orElseThrow());
          assertArrayEquals(bytes, served.body());
          assertEquals(item, expect(api.get(MEDIA + "/" + name, EDITOR), 200));
        });
  }

  @Test
  void theSameBytesUploadedTwiceAreOneItem() {
    byte[] png = Images.picture("png", 8, 8);
    JsonObject first = expect(upload(WRITER, png, "image/png", "a.png"), 201);
    JsonObject again = expect(upload(EDITOR, png, "image/png", "b.png"), 201);
    assertEquals(first.getString("name"), again.getString("name"));
    assertEquals(WRITER, again.getString("uploadedBy"));
  }

  @Test
  void everyDeskRoleMayUploadAndListButNobodyAnonymous() {
    for (String user : new String[] {WRITER, EDITOR, PUBLISHER, "admin"}) {
      expect(upload(user, Images.picture("png", 3, 3), "image/png", null), 201);
      JsonObject page = expect(api.get(MEDIA + "?size=5", user), 200);
      assertEquals(5, page.getInt("size"));
      assertTrue(page.getJsonNumber("total").longValue() >= 1);
      assertTrue(page.getJsonArray("items").size() >= 1);
    }
    Api.Answer anonymous = upload(null, Images.picture("png", 3, 3), "image/png", null);
    assertProblem(anonymous, 401, "Sign in");
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
    assertProblem(api.get(MEDIA, null), 401, "Sign in");
  }

  // --- uploads refused -------------------------------------------------------------------------

  @Test
  void textHtmlPdfAndHtmlNamedLikeAnImageAreRefused() {
    assertProblem(
        upload(WRITER, ascii("just some words"), "image/png", "x.png"), 400, "not a JPEG");
    assertProblem(
        upload(
            WRITER,
            ascii("<html><script>alert(document.cookie)</script></html>"),
            "image/png",
            "cat.png"),
        400,
        "not a JPEG, PNG, GIF or WebP");
    assertProblem(
        upload(WRITER, ascii("%PDF-1.7\n%âãÏÓ"), "image/jpeg", "x.jpg"), 400, "not a JPEG");
    assertProblem(upload(WRITER, new byte[0], "image/png", null), 400, "empty");
  }

  @Test
  void pngSignatureFollowedByHtmlIsRefusedAsUnreadable() {
    byte[] polyglot =
        concat(Arrays.copyOf(Images.pngHeader(1, 1), 8), ascii("<html><script>alert(1)</script>"));
    assertProblem(upload(WRITER, polyglot, "image/png", "x.png"), 400, "header cannot be read");
  }

  @Test
  void svgIsRefusedBecauseItCanCarryScript() {
    byte[] svg =
        ascii(
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>");
    assertProblem(
        upload(WRITER, svg, "image/svg+xml", "logo.svg"), 400, "SVG images are not accepted");
    assertProblem(upload(WRITER, svg, "image/svg+xml", "logo.svg"), 400, "can carry script");
  }

  @Test
  void aTinyPngClaimingAGiganticPictureIsRefusedFromItsHeader() {
    byte[] bomb = Images.pngHeader(100_000, 100_000);
    assertTrue(bomb.length < 64);
    assertProblem(upload(WRITER, bomb, "image/png", null), 400, "100000 × 100000 pixels");
    assertProblem(
        upload(WRITER, Images.pngHeader(7000, 7000), "image/png", null), 400, "megapixels");
  }

  @Test
  void aCutShortImageIsRefused() {
    byte[] jpeg = Images.picture("jpeg", 20, 20);
    assertProblem(upload(WRITER, Arrays.copyOf(jpeg, 40), "image/jpeg", null), 400, "cut short");
    byte[] png = Images.picture("png", 20, 20);
    assertProblem(upload(WRITER, Arrays.copyOf(png, 20), "image/png", null), 400, "cut short");
  }

  @Test
  void aFileOverTheUploadLimitIs413WhetherItsLengthIsDeclaredOrNot() {
    byte[] big = concat(Images.picture("png", 4, 4), new byte[(int) LIMIT]);
    assertProblem(upload(WRITER, big, "image/png", null), 413, "larger than 5 MiB");

    HttpRequest.Builder chunked =
        api.request(api.uri(MEDIA), WRITER)
            .header("Content-Type", "image/png")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    assertProblem(api.send(chunked), 413, "larger than 5 MiB");

    // Over the API's 2 MiB for JSON, under the 5 MiB for images: accepted.
    byte[] threeMib = Images.picture("png", 1200, 1000);
    assertTrue(threeMib.length > 2 * 1024 * 1024 && threeMib.length < LIMIT, "" + threeMib.length);
    expect(upload(WRITER, threeMib, "image/png", null), 201);
  }

  @Test
  void aFormUploadIsAskedToSendTheBytesThemselves() {
    byte[] form =
        concat(
            ascii(
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n"),
            Images.picture("png", 3, 3),
            ascii("\r\n--b--\r\n"));
    assertProblem(
        upload(WRITER, form, "multipart/form-data; boundary=b", null), 415, "request body");
  }

  // --- serving ---------------------------------------------------------------------------------

  @Test
  void servedImagesAreInertCachedForAYearAndRevalidatedWithTheirHash() {
    JsonObject item = expect(upload(WRITER, Images.picture("png", 5, 5), "image/png", null), 201);
    HttpResponse<byte[]> served = fetch(item.getString("url").substring(1), Map.of());

    assertEquals(200, served.statusCode());
    assertEquals("nosniff", header(served, "X-Content-Type-Options"));
    assertEquals("default-src 'none'; sandbox", header(served, "Content-Security-Policy"));
    assertTrue(header(served, "Content-Disposition").startsWith("inline"));
    assertTrue(header(served, "Cache-Control").contains("max-age=31536000"));
    assertTrue(header(served, "Cache-Control").contains("immutable"));
    String etag = header(served, "ETag");
    assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);

    HttpResponse<byte[]> again =
        fetch(item.getString("url").substring(1), Map.of("If-None-Match", etag));
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    HttpResponse<byte[]> other =
        fetch(item.getString("url").substring(1), Map.of("If-None-Match", "\"0\""));
    assertEquals(200, other.statusCode());
  }

  @Test
  void unknownAndForgedNamesAre404AndTellNothing() {
    for (String path :
        new String[] {
          "media/0123456789abcdef0123456789abcdef.png",
          "media/0123456789abcdef0123456789abcdef.png/x.html",
          "media/x.svg",
          "media/"
        }) {
      HttpResponse<byte[]> answer = fetch(path, Map.of());
      assertEquals(404, answer.statusCode(), path);
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      assertFalse(body.contains("Exception") || body.contains("0123456789abcdef"), body);
    }
    assertProblem(api.get(MEDIA + "/nothing.png", WRITER), 404, "no media item");
  }

  // --- covers ----------------------------------------------------------------------------------

  @Test
  void aCoverIsKeptByTheColumnItsRevisionsAndThePublicPage() {
    String first =
        expect(upload(WRITER, Images.picture("jpeg", 60, 40), "image/jpeg", null), 201)
            .getString("url");
    String second =
        expect(upload(WRITER, Images.picture("png", 60, 40), "image/png", null), 201)
            .getString("url");
    JsonObject column =
        expect(
            columns.create(
                WRITER,
                draftBuilder(unique("표지 칼럼"), "<p>본문</p>").add("cover", first).build().toString()),
            201);
    assertEquals(first, column.getString("cover"));
    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", EDITOR, null);
    column = columns.move(column, "publish", PUBLISHER, null);

    String page = columns.page(column.getJsonObject("live").getString("url")).body();
    // The suite sets no CMS_SITE_URL: absolute addresses start with the configured default.
    String absolute = "http://localhost:8080" + first;
    assertTrue(page.contains("<figure class=\"cover\"><img src=\"" + first + "\""), page);
    assertTrue(page.contains("<meta property=\"og:image\" content=\"" + absolute + "\">"), page);
    assertTrue(page.contains("<meta name=\"twitter:image\" content=\"" + absolute + "\">"), page);
    assertTrue(page.contains("\"image\":\"" + absolute + "\""), page);

    // A correction with another cover: the live page and revision 1 keep the first one.
    JsonObject saved =
        expect(
            columns.put(
                id(column),
                WRITER,
                etagOf(column),
                draftBuilder(column.getString("title"), "<p>본문</p>")
                    .add("cover", second)
                    .build()
                    .toString()),
            200);
    assertEquals(second, saved.getString("cover"));
    assertEquals(first, expect(columns.revision(id(column), 1, WRITER), 200).getString("cover"));
    assertEquals(
        second,
        expect(columns.revision(id(column), saved.getInt("revision"), WRITER), 200)
            .getString("cover"));
    assertTrue(columns.page(column.getJsonObject("live").getString("url")).body().contains(first));

    // Removing the cover.
    JsonObject plain =
        expect(
            columns.put(
                id(saved),
                WRITER,
                etagOf(saved),
                draftBuilder(saved.getString("title"), "<p>본문</p>").build().toString()),
            200);
    assertTrue(plain.isNull("cover"));

    // Restoring the first revision brings its cover back.
    JsonObject restored = expect(columns.restore(id(plain), 1, WRITER, etagOf(plain)), 200);
    assertEquals(first, restored.getString("cover"));
  }

  @Test
  void aCoverMustBeAnImageOfThisDesksLibrary() {
    for (String cover :
        new String[] {
          "https://example.com/cat.jpg",
          "/media/0123456789abcdef0123456789abcdef.jpg",
          "/media/../../etc/passwd",
          "javascript:alert(1)"
        }) {
      assertProblem(
          columns.create(
              WRITER,
              draftBuilder(unique("표지"), "<p>x</p>").add("cover", cover).build().toString()),
          400,
          "cover:");
    }
  }

  // --- deleting --------------------------------------------------------------------------------

  @Test
  void theUploaderOrAnEditorDeletesAnUnusedImageAndNobodyElse() {
    JsonObject mine = expect(upload(WRITER, Images.picture("gif", 4, 4), "image/gif", null), 201);
    String path = MEDIA + "/" + mine.getString("name");
    assertProblem(delete(path, "writer2"), 403, "Only the person who uploaded");
    assertProblem(delete(path, PUBLISHER), 403, "Only the person who uploaded");
    assertProblem(delete(path, null), 401, "Sign in");
    assertEquals(204, delete(path, WRITER).status());
    assertEquals(404, fetch(mine.getString("url").substring(1), Map.of()).statusCode());
    assertProblem(api.get(path, WRITER), 404, "no media item");

    JsonObject theirs = expect(upload(WRITER, Images.picture("gif", 4, 4), "image/gif", null), 201);
    assertEquals(204, delete(MEDIA + "/" + theirs.getString("name"), EDITOR).status());
  }

  @Test
  void anImageAColumnUsesCannotBeDeleted() {
    JsonObject cover = expect(upload(WRITER, Images.picture("png", 6, 6), "image/png", null), 201);
    JsonObject inline = expect(upload(WRITER, Images.picture("png", 6, 6), "image/png", null), 201);
    JsonObject column =
        expect(
            columns.create(
                WRITER,
                draftBuilder(
                        unique("사진"),
                        "<p><img src=\"" + inline.getString("url") + "\" alt=\"\"></p>")
                    .add("cover", cover.getString("url"))
                    .build()
                    .toString()),
            201);
    assertProblem(
        delete(MEDIA + "/" + cover.getString("name"), WRITER), 409, "column " + id(column));
    assertProblem(
        delete(MEDIA + "/" + inline.getString("name"), EDITOR), 409, "remove it there first");

    // Dropping both from the working copy: the cover stays in revision 1, the body image is free.
    expect(
        columns.put(
            id(column),
            WRITER,
            etagOf(column),
            draftBuilder(column.getString("title"), "<p>x</p>").build().toString()),
        200);
    assertProblem(delete(MEDIA + "/" + cover.getString("name"), WRITER), 409, "cover");
    assertEquals(204, delete(MEDIA + "/" + inline.getString("name"), WRITER).status());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Api.Answer upload(String user, byte[] bytes, String contentType, String filename) {
    String query =
        filename == null ? "" : "?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
    return api.send(
        api.request(api.uri(MEDIA + query), user)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private Api.Answer delete(String path, String user) {
    return api.send(api.request(api.uri(path), user).DELETE());
  }

  private HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
