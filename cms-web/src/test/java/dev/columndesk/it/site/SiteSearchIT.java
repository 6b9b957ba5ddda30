package dev.columndesk.it.site;

import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.PublicSite.encode;
import static dev.columndesk.it.support.PublicSite.pathOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.PublicSite;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /search} over real HTTP: Korean written without its spaces or with a particle attached,
 * English in another form, matches marked and escaped, and nothing that is not live. The index
 * follows a publication within a moment (it is updated after the commit, off the request), so the
 * tests that publish wait up to two seconds for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteSearchIT {

  private static final Duration INDEXING = Duration.ofSeconds(2);

  @ArquillianResource private URL base;
  private ColumnsApi columns;
  private static PublicSite.Desk desk;

  @BeforeEach
  void connect() {
    columns = new ColumnsApi(new Api(base));
    if (desk == null) {
      desk = PublicSite.build(columns);
      // Everything the desk published is searchable once its newest column is.
      search(desk.english().getString("title"), page -> page.contains(pathOf(desk.english())));
    }
  }

  private String search(String query) {
    Api.Answer answer = columns.page("/search?q=" + encode(query));
    assertEquals(200, answer.status(), answer::toString);
    return answer.body();
  }

  /** Searches until the results satisfy the condition, for at most two seconds. */
  private String search(String query, Predicate<String> condition) {
    Instant deadline = Instant.now().plus(INDEXING);
    String page = search(query);
    while (!condition.test(page) && Instant.now().isBefore(deadline)) {
      pause();
      page = search(query);
    }
    return page;
  }

  @Test
  void koreanWrittenWithoutItsSpaceFindsTheColumn() {
    String page = search("오픈소스 개발자");

    assertTrue(page.contains(pathOf(desk.older())), "오픈소스 finds 오픈 소스: " + page);
  }

  @Test
  void aWordWithAParticleAttachedFindsTheColumn() {
    String page = search("칼럼을 " + suffix());

    assertTrue(page.contains(pathOf(desk.older())), "칼럼을 finds 칼럼은: " + page);
    assertTrue(page.contains(pathOf(desk.newer())), "and the titles' 칼럼: " + page);
  }

  @Test
  void englishFindsOtherFormsOfItsWords() {
    String page = search("writing weathers " + suffix());

    assertTrue(page.contains(pathOf(desk.english())), page);
    assertFalse(page.contains(pathOf(desk.older())), page);
  }

  @Test
  void matchesAreMarkedAndTheQueryIsEscaped() {
    String page = search("오픈소스 " + suffix());
    // Other tests publish hostile titles: this query's results are whatever they are, its text is
    // what counts.
    String hostile = search("오픈소스 <script>alert(1)</script>");

    assertTrue(page.contains("<mark>오픈</mark>"), page);
    assertFalse(hostile.contains("<script>alert(1)"), "the query is escaped: " + hostile);
    assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "and kept in the box");
  }

  @Test
  void neverPublishedWithdrawnAndCorrectionsInProgressAreNotFound() {
    // The take-down and the correction reach the index a moment after their commits (the same two
    // seconds as any change): each search is asked again until the column is out of it.
    String draft = pathOf(desk.draft());
    assertFalse(search("비공개 초안 " + suffix(), page -> !page.contains(draft)).contains(draft));
    String withdrawn = pathOf(desk.withdrawn());
    assertFalse(
        search("내려간 칼럼 " + suffix(), page -> !page.contains(withdrawn)).contains(withdrawn));
    // Without the desk's suffix, which the live titles share and a broadened search would match.
    String secret = desk.secret().replace(suffix(), "");
    String older = pathOf(desk.older());
    String found = search(secret, page -> !page.contains(older));
    assertFalse(found.contains(older), "working copy text: " + found);
    assertFalse(search("고친 제목", page -> !page.contains(older)).contains(older), "working title");
  }

  @Test
  void aTakeDownLeavesTheIndexAtOnceAndAPublicationEntersIt() {
    String word = "탐조등" + UUID.randomUUID().toString().substring(0, 4);
    JsonObject column =
        PublicSite.publish(
            columns,
            "writer",
            PublicSite.column("새 칼럼 " + word, "<p>" + word + " 이야기</p>", null, "검색"));
    assertTrue(search(word, page -> page.contains(pathOf(column))).contains(pathOf(column)));

    columns.move(column, "unpublish", PUBLISHER, null);

    assertFalse(
        search(word, page -> !page.contains(pathOf(column))).contains(pathOf(column)),
        "gone from search within two seconds of the take-down");
  }

  @Test
  void anEmptyQueryAsksForWordsAndAnOverlongOneIsRefusedKeepingTheText() {
    assertTrue(search("").contains("찾고 싶은 낱말"));

    String overlong = "가".repeat(201);
    Api.Answer refused = columns.page("/search?q=" + encode(overlong));
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("200"), refused.body());
    assertTrue(refused.body().contains("value=\"" + overlong + "\""), "the text stays in the box");
  }

  @Test
  void resultsAreNotKeptFromIndexing() {
    Api.Answer answer = columns.page("/search?q=" + encode("칼럼"));

    assertTrue(answer.body().contains("<meta name=\"robots\" content=\"noindex\">"));
    assertEquals(400, columns.page("/search?q=x&page=-1").status());
  }

  /** The desk's suffix, which is in every title it made. */
  private static String suffix() {
    return desk.magazine().substring("site-".length());
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
