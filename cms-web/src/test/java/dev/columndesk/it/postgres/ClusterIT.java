package dev.columndesk.it.postgres;

import static dev.columndesk.it.support.ColumnsApi.PUBLISHER;
import static dev.columndesk.it.support.ColumnsApi.WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Cluster;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskSocket;
import dev.columndesk.it.support.PostgresDatabase;
import dev.columndesk.it.support.RunScript;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two {@code ./run.sh} instances clustered through Payara Micro's data grid on one PostgreSQL
 * database, as in production: what one instance changes, the other serves within two seconds, a
 * desk whose socket is on one instance hears of a step taken on the other, and a desk session
 * outlives the instance that signed it in.
 *
 * <p>Starting a cluster takes half a minute, so the tests share one; the last test kills the first
 * instance, hence the fixed order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** The contract: a publication is visible on every instance within 2 s. */
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

  /** A desk's socket rings within this after a step on any instance (a look a second). */
  private static final Duration RING_WITHIN = Duration.ofSeconds(4);

  @RegisterExtension static final PostgresDatabase database = new PostgresDatabase();

  private static RunScript first;
  private static RunScript second;

  @BeforeAll
  static void startCluster() throws Exception {
    Path work = RunScript.freshDirectory("cluster");
    Cluster cluster = Cluster.of(2);
    first =
        database.start(
            work,
            "first",
            cluster.member(0, Map.of("CMS_DEMO", "true", "CMS_DEMO_CONTENT", "false")));
    second =
        database.start(
            work,
            "second",
            cluster.member(1, Map.of("CMS_DEMO", "true", "CMS_DEMO_CONTENT", "false")));
    first.awaitHealthy();
    second.awaitHealthy();
  }

  @Test
  @Order(1)
  void whatOneInstancePublishesTheOtherServesWithinTwoSeconds() {
    ColumnsApi viaFirst = new ColumnsApi(first.api());
    ColumnsApi viaSecond = new ColumnsApi(second.api());
    JsonObject column = viaFirst.inStatus(WRITER, "APPROVED");
    String path = ColumnsApi.pagePathOf(column.getString("slug"));
    String title = column.getString("title");
    // The second instance has read the column before (and answered 404 for its page).
    assertEquals(200, viaSecond.get(ColumnsApi.id(column), "editor").status());
    assertEquals(404, viaSecond.page(path).status());

    String search = "/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    assertFalse(viaSecond.page(search).body().contains(path), "not searchable before");
    assertFalse(viaSecond.page("/").body().contains(path), "not on the front page before");

    viaFirst.move(column, "publish", PUBLISHER, null);
    awaitPage(viaSecond, path, page -> page.status() == 200 && page.body().contains(title));
    // The second's cached 404 and front page were replaced, and its own search index follows.
    awaitPage(viaSecond, "/", page -> page.body().contains(path));
    awaitPage(viaSecond, search, page -> page.body().contains(path));

    // A correction published through the first instance replaces the page on the second.
    String corrected = ColumnsApi.unique("고친 제목");
    column = viaFirst.edit(viaFirst.current(column), WRITER, corrected, "<p>고친 본문</p>");
    column = viaFirst.move(column, "submit", WRITER, null);
    column = viaFirst.move(column, "approve", "editor", null);
    assertTrue(viaSecond.page(path).body().contains(title), "the old text stays live meanwhile");
    viaFirst.move(column, "publish", PUBLISHER, null);
    awaitPage(viaSecond, path, page -> page.status() == 200 && page.body().contains(corrected));

    viaFirst.move(viaFirst.current(column), "unpublish", PUBLISHER, null);
    awaitPage(viaSecond, path, page -> page.status() == 410);
    awaitPage(viaSecond, search, page -> !page.body().contains(path));
    awaitPage(viaSecond, "/", page -> !page.body().contains(path));
  }

  @Test
  @Order(2)
  void aDeskSocketOnOneInstanceRingsForASubmissionThroughTheOther() throws Exception {
    String editor = "cluster-e." + UUID.randomUUID().toString().substring(0, 8);
    first.api().openAccount(editor, "두 인스턴스 편집자", Api.DEMO_PASSWORD, "EDITOR");
    Api.Answer login = second.api().page("/login");
    Api.Answer signedIn = second.api().deskSignIn(login, editor, Api.DEMO_PASSWORD);
    assertEquals(302, signedIn.status(), signedIn::toString);

    try (DeskSocket desk = DeskSocket.open(second.api(), signedIn.cookies())) {
      ColumnsApi viaFirst = new ColumnsApi(first.api());
      viaFirst.move(viaFirst.newDraft(WRITER, ColumnsApi.unique("건너온 알림")), "submit", WRITER, null);

      // The second instance reads the row the first stored: its clock looks once a second.
      assertEquals("ring", desk.next(RING_WITHIN), "the socket on the other instance rang");
    }
  }

  @Test
  @Order(3)
  void deskSessionOutlivesTheInstanceThatSignedIn() throws Exception {
    Api.Answer login = first.api().page("/login");
    Api.Answer signedIn = first.api().deskSignIn(login, "editor", Api.DEMO_PASSWORD);
    assertEquals(302, signedIn.status(), signedIn::toString);
    String cookies = signedIn.cookies();
    assertDesk(first.api().withCookie("/desk/", cookies), "signed in on the first instance");
    assertDesk(second.api().withCookie("/desk/", cookies), "the second reads the same session");
    // The page's push socket puts nothing in the session that the other instance must read.
    DeskSocket onFirst = DeskSocket.open(first.api(), cookies);

    first.crash();
    onFirst.close();

    assertDesk(second.api().withCookie("/desk/", cookies), "the session outlives its instance");
    try (DeskSocket onSecond = DeskSocket.open(second.api(), cookies)) {
      ColumnsApi viaSecond = new ColumnsApi(second.api());
      viaSecond.move(
          viaSecond.newDraft(WRITER, ColumnsApi.unique("살아남은 종")), "submit", WRITER, null);
      assertEquals(
          "ring", onSecond.next(RING_WITHIN), "the page's new socket rings on the survivor");
    }
    Api.Answer stranger = second.api().withCookie("/desk/", "JSESSIONID=no-such-session");
    assertEquals(302, stranger.status(), "an unknown session is still sent to sign in");
    second.stop();
  }

  private static void assertDesk(Api.Answer desk, String what) {
    assertEquals(200, desk.status(), () -> what + ": " + desk);
    assertTrue(desk.body().contains("id=\"signedInAs\""), () -> what + ": " + desk.body());
    assertTrue(desk.body().contains("editor"), what);
  }

  /** Reads the page every 50 ms until it satisfies the condition; fails after two seconds. */
  private static void awaitPage(ColumnsApi site, String path, Predicate<Api.Answer> condition) {
    Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
    Api.Answer page = site.page(path);
    while (!condition.test(page)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the other instance did not serve the change within " + VISIBLE_WITHIN + ": " + page);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      page = site.page(path);
    }
  }
}
