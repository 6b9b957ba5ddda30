package dev.columndesk.it.site;

import static dev.columndesk.it.support.PublicSite.column;
import static dev.columndesk.it.support.PublicSite.encode;
import static dev.columndesk.it.support.PublicSite.pathOf;
import static dev.columndesk.it.support.PublicSite.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.PublicSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the public site over real HTTP: the front page, a column with its metadata, a
 * magazine, an author and a tag, each served from the page cache with validators; and what must
 * never be on any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

  @ArquillianResource private URL base;
  private ColumnsApi columns;
  private static PublicSite.Desk desk;

  @BeforeEach
  void connect() {
    columns = new ColumnsApi(new Api(base));
    if (desk == null) {
      desk = PublicSite.build(columns);
    }
  }

  private Api.Answer page(String path) {
    return columns.page(path);
  }

  private String html(String path) {
    Api.Answer answer = page(path);
    assertEquals(200, answer.status(), () -> path + " " + answer);
    assertTrue(answer.header("Content-Type").startsWith("text/html"), answer::toString);
    return answer.body();
  }

  // --- the front page --------------------------------------------------------------------------

  @Test
  void frontPageListsLiveColumnsNewestFirst() {
    String front = html("/");

    int newer = front.indexOf(pathOf(desk.newer()));
    int older = front.indexOf(pathOf(desk.older()));
    assertTrue(newer >= 0, "the newer column is listed: " + front);
    assertTrue(older > newer, "newest first: " + front);
    assertTrue(front.contains("<html lang=\"ko\">"), "the site speaks Korean");
    assertTrue(front.contains(desk.magazineTitle()), "magazines are linked from the front");
  }

  @Test
  void frontPageIsPagedAndRefusesAPageThatIsNoNumber() {
    assertEquals(400, page("/?page=abc").status());
    assertEquals(400, page("/?page=0").status());
    assertEquals(404, page("/?page=99999").status(), "past the last page");
  }

  @Test
  void frontPageIsServedWithValidatorsAnd304() {
    Api.Answer first = page("/");
    String etag = first.header("ETag");
    assertNotNull(etag);
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), "strong: " + etag);
    assertNotNull(first.header("Last-Modified"));
    assertTrue(first.header("Cache-Control").contains("no-cache"), first::toString);
    assertEquals("nosniff", first.header("X-Content-Type-Options"));
    assertTrue(first.header("Content-Security-Policy").contains("frame-ancestors 'none'"));

    assertEquals(etag, page("/").header("ETag"), "the same bytes while nothing changes");
    Api.Answer again = columns.page("/", "If-None-Match", etag);
    assertEquals(304, again.status());
    assertEquals("", again.body());
  }

  @Test
  void aPublicationShowsOnTheFrontPageAtOnce() {
    String before = html("/");
    String title = "방금 발행한 칼럼 " + UUID.randomUUID().toString().substring(0, 6);
    assertFalse(before.contains(title));

    publish(columns, "writer", column(title, "<p>새 소식</p>", null, "속보"));

    assertTrue(html("/").contains(title), "the cached front page was replaced");
  }

  // --- a column --------------------------------------------------------------------------------

  @Test
  void columnPageCarriesItsMetadata() {
    String path = pathOf(desk.newer());
    String page = html(path);
    String title = desk.newer().getString("title");

    assertTrue(page.contains("<html lang=\"ko\">"), "a Korean column says so");
    assertTrue(page.contains("<title>" + title + " — "), page);
    assertTrue(
        page.matches(
            "(?s).*<link rel=\"canonical\" href=\"https?://[^\"]+" + Pattern.quote(path) + "\">.*"),
        "an absolute canonical link: " + page);
    assertTrue(page.contains("<meta property=\"og:type\" content=\"article\">"), page);
    assertTrue(page.contains("<meta property=\"og:title\" content=\"" + title + "\">"), page);
    assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary\">"), page);
    assertTrue(page.contains("<meta name=\"twitter:title\" content=\"" + title + "\">"), page);
    assertTrue(page.contains("<meta property=\"og:locale\" content=\"ko_KR\">"), page);

    JsonObject article = jsonLd(page);
    assertEquals("https://schema.org", article.getString("@context"));
    assertEquals("Article", article.getString("@type"));
    assertEquals(title, article.getString("headline"));
    assertEquals(desk.byline(), article.getJsonObject("author").getString("name"));
    assertEquals("ko", article.getString("inLanguage"));
    Instant.parse(article.getString("datePublished"));
    assertTrue(article.getString("url").endsWith(path), article::toString);
    assertEquals(desk.magazineTitle(), article.getJsonObject("isPartOf").getString("name"));
  }

  @Test
  void columnPageShowsBylineBioTagsAndItsMagazine() {
    String page = html(pathOf(desk.older()));

    assertTrue(page.contains(desk.byline()), "the pen name is the byline");
    assertTrue(page.contains("서울에서 기술과 사회를 씁니다. &lt;b&gt;굵게&lt;/b&gt; &amp; 더"), "bio, escaped");
    assertTrue(
        page.contains("href=\"/authors/" + desk.author() + "\""), "the author page is linked");
    assertTrue(
        page.contains("href=\"/tags/" + encode(desk.tag()) + "\""), "tags are linked: " + page);
    assertTrue(
        page.contains("href=\"/magazines/" + desk.magazine() + "\""), "the magazine is linked");
  }

  @Test
  void columnPageLinksThePreviousAndNextColumnOfItsMagazine() {
    String older = html(pathOf(desk.older()));
    String newer = html(pathOf(desk.newer()));

    assertTrue(
        older.contains("rel=\"next\" href=\"" + pathOf(desk.newer()) + "\""),
        "the older links to the newer: " + older);
    assertTrue(
        newer.contains("rel=\"prev\" href=\"" + pathOf(desk.older()) + "\""),
        "the newer links back: " + newer);
    assertFalse(
        newer.contains(pathOf(desk.withdrawn())), "a withdrawn column is nobody's neighbour");
  }

  @Test
  void englishColumnSpeaksEnglish() {
    String page = html(pathOf(desk.english()));

    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertTrue(page.contains("<meta property=\"og:locale\" content=\"en_US\">"), page);
    assertEquals("en", jsonLd(page).getString("inLanguage"));
    assertTrue(page.contains("About the author"), page);
  }

  @Test
  void withdrawnColumnIsGoneAndUnknownOneIsNotFound() {
    Api.Answer gone = page(pathOf(desk.withdrawn()));
    assertEquals(410, gone.status());
    assertTrue(gone.body().contains("더 이상 볼 수 없습니다"), gone::body);
    assertFalse(gone.body().contains(desk.withdrawn().getString("title")));

    Api.Answer unknown = page("/columns/" + encode("없는-칼럼-" + UUID.randomUUID()));
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().contains("찾는 페이지가 없습니다"), unknown::body);
  }

  // --- lists -----------------------------------------------------------------------------------

  @Test
  void magazinePageListsItsLiveColumnsNewestFirstWithItsFeed() {
    String page = html("/magazines/" + desk.magazine());

    assertTrue(page.contains("<h1>" + desk.magazineTitle() + "</h1>"), page);
    int newer = page.indexOf(pathOf(desk.newer()));
    int older = page.indexOf(pathOf(desk.older()));
    assertTrue(newer >= 0 && older > newer, "both, newest first: " + page);
    assertFalse(page.contains(pathOf(desk.english())), "not in this magazine");
    assertTrue(
        page.contains("href=\"/magazines/" + desk.magazine() + "/feed.atom\""),
        "its feed: " + page);
    assertEquals(404, page("/magazines/no-such-magazine-" + UUID.randomUUID()).status());
  }

  @Test
  void authorPageShowsThePenNameBioAndTheirColumns() {
    String page = html("/authors/" + desk.author());

    assertTrue(page.contains("<h1>" + desk.byline() + "</h1>"), page);
    assertTrue(page.contains("&lt;b&gt;굵게&lt;/b&gt;"), "the bio, escaped");
    for (JsonObject column : List.of(desk.older(), desk.newer(), desk.english())) {
      assertTrue(page.contains(pathOf(column)), "lists " + pathOf(column));
    }
    assertEquals(
        404, page("/authors/nobody-" + UUID.randomUUID().toString().substring(0, 8)).status());
  }

  @Test
  void tagPageListsTheColumnsCarryingTheTag() {
    String page = html("/tags/" + encode(desk.tag()));

    assertTrue(page.contains(desk.tag()), page);
    assertTrue(page.contains(pathOf(desk.older())), page);
    assertTrue(page.contains(pathOf(desk.english())), page);
    assertFalse(page.contains(pathOf(desk.newer())), "tagged otherwise");
    assertEquals(404, page("/tags/" + encode("없는 태그 " + UUID.randomUUID())).status());
  }

  @Test
  void tagWithLikeWildcardsMatchesOnlyItself() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    JsonObject exact =
        publish(columns, "writer", column("백퍼 " + suffix, "<p>본문</p>", null, "100%_진심" + suffix));
    JsonObject lookalike =
        publish(columns, "writer", column("닮은꼴 " + suffix, "<p>본문</p>", null, "100ab진심" + suffix));

    String page = html("/tags/" + encode("100%_진심" + suffix));

    assertTrue(page.contains(pathOf(exact)), page);
    assertFalse(page.contains(pathOf(lookalike)), "% and _ are no wildcards in a tag");
  }

  // --- what readers never see ------------------------------------------------------------------

  @Test
  void unpublishedAndNeverPublishedColumnsAndCorrectionsInProgressAreOnNoPage() {
    List<String> paths =
        List.of(
            "/",
            "/magazines/" + desk.magazine(),
            "/authors/" + desk.author(),
            "/tags/" + encode(desk.tag()),
            "/feed.atom",
            "/magazines/" + desk.magazine() + "/feed.atom",
            "/authors/" + desk.author() + "/feed.atom",
            "/sitemap.xml");
    for (String path : paths) {
      Api.Answer answer = page(path);
      assertEquals(200, answer.status(), path);
      String body = answer.body();
      for (JsonObject hidden : List.of(desk.draft(), desk.withdrawn())) {
        assertFalse(
            body.contains(hidden.getString("title")), hidden.getString("title") + " on " + path);
        assertFalse(body.contains(pathOf(hidden)), pathOf(hidden) + " on " + path);
      }
      assertFalse(body.contains(desk.secret()), "the correction in progress on " + path);
      assertFalse(body.contains("고친 제목"), "the corrected title in progress on " + path);
    }
    assertEquals(404, page(pathOf(desk.draft())).status());
    assertFalse(html(pathOf(desk.older())).contains(desk.secret()));
  }

  private static JsonObject jsonLd(String page) {
    Matcher script =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(script.find(), "JSON-LD in the page: " + page);
    try (var reader = Json.createReader(new StringReader(script.group(1)))) {
      return reader.readObject();
    }
  }
}
