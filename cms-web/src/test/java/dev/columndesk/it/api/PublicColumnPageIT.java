package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A column's public page as readers and their caches see it: the live revision only, in UTF-8, with
 * validators that answer 304, 404 for what never went live and 410 for what came down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicColumnPageIT {

  @ArquillianResource private URL base;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    columns = new ColumnsApi(new Api(base));
  }

  /** A column by the writer, published now, with the given title, subtitle and body. */
  private JsonObject published(String title, String subtitle, String body) {
    JsonObject column =
        ColumnsApi.expect(
            columns.create(
                WRITER, draftBuilder(title, body).add("subtitle", subtitle).build().toString()),
            201);
    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", EDITOR, null);
    return columns.move(column, "publish", PUBLISHER, null);
  }

  private static String url(JsonObject column) {
    return column.getJsonObject("live").getString("url");
  }

  @Test
  void liveColumnIsHtmlInUtf8WithStrongValidators() {
    JsonObject column = published(unique("공개 페이지"), "부제", "<p>읽을거리</p>");

    Api.Answer page = columns.page(url(column));

    assertEquals(200, page.status(), page::toString);
    assertEquals(
        "text/html;charset=utf-8",
        page.header("Content-Type").replace(" ", "").toLowerCase(Locale.ROOT));
    String etag = page.header("ETag");
    assertNotNull(etag, "ETag");
    assertFalse(etag.startsWith("W/"), () -> "a strong ETag: " + etag);
    assertTrue(etag.length() > 2 && etag.startsWith("\"") && etag.endsWith("\""), etag);
    String modified = page.header("Last-Modified");
    assertNotNull(modified, "Last-Modified");
    ZonedDateTime lastModified =
        ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME);
    assertFalse(
        lastModified.toInstant().isAfter(Instant.now().plusSeconds(1)),
        () -> "not in the future: " + modified);
    assertTrue(page.body().contains("읽을거리"), page::body);
  }

  @Test
  void englishColumnIsServedAtItsAsciiAddress() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    JsonObject column =
        published("Meta Takes On OpenAI " + suffix, "Big tech", "<p>Plain English.</p>");
    assertEquals("/columns/meta-takes-on-openai-" + suffix, url(column));

    Api.Answer page = columns.page(url(column));

    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Plain English."), page::body);
  }

  @Test
  void koreanAddressAnswersOverHttp2AsOverHttp1() {
    JsonObject column = published(unique("에이치투 주소"), "부제", "<p>같은 페이지</p>");
    HttpClient http2 = ColumnsApi.readerClient(HttpClient.Version.HTTP_2);

    // The first request upgrades the connection (h2c); the later ones travel as HTTP/2 frames.
    for (int i = 1; i <= 3; i++) {
      Api.Answer page = columns.page(http2, url(column));
      assertEquals(200, page.status(), "request " + i + " over " + page.response().version());
      assertTrue(page.body().contains("같은 페이지"), page::body);
    }
  }

  @Test
  void sameETagInIfNoneMatchAnswers304WithoutABody() {
    String url = url(published(unique("조건부"), "부제", "<p>캐시</p>"));
    String etag = columns.page(url).header("ETag");

    Api.Answer again = columns.page(url, "If-None-Match", etag);

    assertEquals(304, again.status(), again::toString);
    assertEquals("", again.body());
    assertEquals(etag, again.header("ETag"));
  }

  @Test
  void otherETagInIfNoneMatchAnswersTheFullPage() {
    String url = url(published(unique("다른 태그"), "부제", "<p>새 본문</p>"));

    Api.Answer page = columns.page(url, "If-None-Match", "\"not-this-one\"");

    assertEquals(200, page.status());
    assertTrue(page.body().contains("새 본문"), page::body);
  }

  @Test
  void ifModifiedSinceLastModifiedAnswers304() {
    String url = url(published(unique("날짜 조건"), "부제", "<p>날짜</p>"));
    String modified = columns.page(url).header("Last-Modified");

    Api.Answer again = columns.page(url, "If-Modified-Since", modified);

    assertEquals(304, again.status(), again::toString);
    assertEquals("", again.body());
  }

  @Test
  void ifModifiedSinceBeforeThePublicationAnswersThePage() {
    String url = url(published(unique("옛 날짜"), "부제", "<p>옛날</p>"));
    String longAgo =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

    assertEquals(200, columns.page(url, "If-Modified-Since", longAgo).status());
  }

  @Test
  void publishedCorrectionChangesTheETagAndThePage() {
    JsonObject column = published(unique("정정 태그"), "부제", "<p>처음 문장</p>");
    String url = url(column);
    String before = columns.page(url).header("ETag");

    column = columns.edit(column, WRITER, column.getString("title"), "<p>고친 문장</p>");
    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", EDITOR, null);
    columns.move(column, "publish", PUBLISHER, null);

    Api.Answer after = columns.page(url, "If-None-Match", before);
    assertEquals(200, after.status(), "the old ETag no longer matches");
    assertNotEquals(before, after.header("ETag"));
    assertTrue(after.body().contains("고친 문장"), after::body);
    assertFalse(after.body().contains("처음 문장"), after::body);
    assertTrue(after.body().contains("updated"), () -> "shows it was updated: " + after.body());
  }

  @Test
  void workingCopyNeverLeaksOntoThePage() {
    JsonObject column = published(unique("새지 않는 초안"), "공개 부제", "<p>공개된 문장</p>");
    String url = url(column);
    String etag = columns.page(url).header("ETag");

    // A correction through every step short of publishing.
    column =
        ColumnsApi.expect(
            columns.put(
                ColumnsApi.id(column),
                WRITER,
                ColumnsApi.etagOf(column),
                draftBuilder("비공개 제목", "<p>비공개 문장</p>")
                    .add("subtitle", "비공개 부제")
                    .build()
                    .toString()),
            200);
    for (String step : new String[] {"draft", "submit", "approve"}) {
      if (!step.equals("draft")) {
        column = columns.move(column, step, step.equals("approve") ? EDITOR : WRITER, null);
      }
      Api.Answer page = columns.page(url);
      assertEquals(200, page.status(), step);
      for (String secret : new String[] {"비공개 제목", "비공개 문장", "비공개 부제"}) {
        assertFalse(page.body().contains(secret), () -> secret + " leaked at " + page.body());
      }
      assertTrue(page.body().contains("공개된 문장"), step);
      assertEquals(etag, page.header("ETag"), () -> "the page did not change at " + page);
    }
  }

  @Test
  void draftsWouldBeAddressIsNotFound() {
    JsonObject draft = columns.newDraft(WRITER, unique("아직 초안"));
    JsonObject approved = columns.inStatus(WRITER, "APPROVED");
    JsonObject scheduled = columns.inStatus(WRITER, "SCHEDULED");

    for (JsonObject column : new JsonObject[] {draft, approved, scheduled}) {
      Api.Answer page = columns.page(ColumnsApi.pagePathOf(column.getString("slug")));
      assertEquals(404, page.status(), column::toString);
      assertFalse(page.body().contains(column.getString("title")), page::body);
    }
  }

  @Test
  void unknownSlugIsNotFound() {
    Api.Answer page = columns.page(ColumnsApi.pagePathOf("없는-칼럼-" + UUID.randomUUID()));

    assertEquals(404, page.status());
  }

  @Test
  void unpublishedColumnIsGone() {
    JsonObject column = columns.inStatus(WRITER, "UNPUBLISHED");
    String url = ColumnsApi.pagePathOf(column.getString("slug"));

    Api.Answer page = columns.page(url);

    assertEquals(410, page.status(), page::toString);
    assertFalse(page.body().contains(column.getString("title")), page::body);
  }

  @Test
  void correctionInProgressOfAnUnpublishedColumnStaysGone() {
    JsonObject column = columns.inStatus(WRITER, "UNPUBLISHED");
    columns.edit(column, WRITER, column.getString("title"), "<p>다시 쓰는 중</p>");

    assertEquals(410, columns.page(ColumnsApi.pagePathOf(column.getString("slug"))).status());
  }

  @Test
  void unpublishedColumnApprovedAndPublishedAgainIsLiveAgain() {
    JsonObject column = columns.inStatus(WRITER, "UNPUBLISHED");
    String url = ColumnsApi.pagePathOf(column.getString("slug"));
    assertEquals(410, columns.page(url).status());

    column = columns.edit(column, WRITER, column.getString("title"), "<p>돌아온 칼럼</p>");
    column = columns.move(column, "submit", WRITER, null);
    column = columns.move(column, "approve", EDITOR, null);
    column = columns.move(column, "publish", PUBLISHER, null);

    assertEquals(url, url(column));
    Api.Answer page = columns.page(url);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("돌아온 칼럼"), page::body);
  }

  @Test
  void koreanIsSentAsUtf8Bytes() {
    String title = unique("한글 제목 확인");
    JsonObject column = published(title, "한글 부제", "<p>본문도 한글이다.</p>");

    byte[] page = columns.pageBytes(url(column));

    assertTrue(contains(page, title.getBytes(StandardCharsets.UTF_8)), "UTF-8 bytes of the title");
    assertTrue(contains(page, "본문도 한글이다.".getBytes(StandardCharsets.UTF_8)));
    assertTrue(contains(page, "최칼럼".getBytes(StandardCharsets.UTF_8)), "byline");
  }

  @Test
  void titleAndSubtitleAreEscaped() {
    String title = "<script>alert('t')</script> 제목 " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject column = published(title, "<b onmouseover=\"x()\">부제</b> & 더", "<p>본문</p>");
    assertEquals(title, column.getString("title"), "the API keeps the title as typed");

    String page = columns.page(url(column)).body();

    String outsideJsonLd = page.replace("<script type=\"application/ld+json\">", "");
    assertFalse(outsideJsonLd.contains("<script"), page);
    assertFalse(page.contains("<b onmouseover"), page);
    assertFalse(page.contains("</script> 제목"), "the title cannot close the JSON-LD element");
    assertTrue(page.contains("&lt;script&gt;alert("), page);
    assertTrue(page.contains("&lt;b onmouseover="), page);
    assertTrue(page.contains("&amp; 더"), page);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }
}
