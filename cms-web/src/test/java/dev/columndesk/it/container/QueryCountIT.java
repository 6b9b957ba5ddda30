package dev.columndesk.it.container;

import static dev.columndesk.it.support.ColumnsApi.array;
import static dev.columndesk.it.support.ColumnsApi.draftBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.service.search.SiteChanged;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No list costs a query per row: every page a person opens runs as many SQL statements for 24 rows
 * as for 2. Two desks are made through the API, alike but for their size: a magazine with 2 live
 * columns and one with 24, each column with its own tags, each desk with its own writer, editor and
 * publisher (so their audit trails and notifications grow with them), and one column with 10
 * revisions against one with 1. Then each page is fetched for the small desk and for the large one,
 * and the statements EclipseLink sends while the server answers are counted. Half of each desk's
 * columns are by its writer, the others each by a writer of their own, so a list of the desk shows
 * about as many authors as columns.
 *
 * <p>Counted are the statements run on the server's HTTP threads while the request is in flight:
 * the timers of the publishing clock and the notifications run on other threads. Each count is the
 * least of three requests, after one untimed, so that caches are warm alike for both sizes; the
 * public pages' cache is emptied before each request, so that they are rendered every time.
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

  private static final Logger LOG = Logger.getLogger(QueryCountIT.class.getName());
  private static final String PASSWORD = Api.DEMO_PASSWORD;
  private static final int SMALL = 2;
  private static final int LARGE = 24;

  /** The two desks, made once for every test of this class. */
  private static Desk small;

  private static Desk large;

  @ArquillianResource private URL base;
  @Inject private ColumnFixtures fixtures;
  @Inject private Event<SiteChanged> siteChanged;

  private Api api;
  private ColumnsApi columns;
  private ServerSession session;
  private final StatementCounter counter = new StatementCounter();

  /** What one desk holds: its people, its magazine and tag, and a word only its titles have. */
  private record Desk(
      String writer,
      String editor,
      String publisher,
      String magazine,
      String tag,
      String word,
      long edited,
      Map<String, String> cookies) {}

  @BeforeEach
  void prepare() {
    api = new Api(base);
    columns = new ColumnsApi(api);
    if (small == null) {
      small = desk("s", SMALL, 1);
      large = desk("l", LARGE, 10);
    }
    session = fixtures.em().unwrap(JpaEntityManager.class).getServerSession();
    session.getEventManager().addListener(counter);
  }

  @AfterEach
  void stopCounting() {
    session.getEventManager().removeListener(counter);
  }

  // --- the API -----------------------------------------------------------------------------------

  @Test
  void columnListsOfStaffAndOfOtherWritersDoNotGrowWithTheirRows() {
    sameForBoth(
        "the column list of an editor",
        d -> api("/api/v1/columns?size=50&magazine=" + d.magazine(), "editor"));
    // Another writer sees these columns only as their live revisions, read in one go.
    sameForBoth(
        "the column list of another writer",
        d -> api("/api/v1/columns?size=50&magazine=" + d.magazine(), "writer2"));
    sameForBoth(
        "a tag's columns", d -> api("/api/v1/columns?size=50&tag=" + encode(d.tag()), "editor"));
  }

  @Test
  void historiesDoNotGrowWithTheirEntries() {
    sameForBoth(
        "the revisions of a column",
        d -> api("/api/v1/columns/" + d.edited() + "/revisions?size=50", "editor"));
    sameForBoth(
        "the audit log of one person",
        d -> api("/api/v1/audit?size=50&actor=" + d.publisher(), "editor"));
    sameForBoth("one's notifications", d -> api("/api/v1/me/notifications?size=50", d.writer()));
  }

  // --- the desk ----------------------------------------------------------------------------------

  @Test
  void deskPagesDoNotGrowWithTheirRows() {
    sameForBoth(
        "the desk's column list", d -> desk(d, "editor", "/desk/columns?magazine=" + d.magazine()));
    sameForBoth("a writer's dashboard", d -> desk(d, "writer", "/desk/"));
    sameForBoth("a writer's notifications page", d -> desk(d, "writer", "/desk/notifications"));
    sameForBoth("the revisions page", d -> desk(d, "editor", "/desk/revisions?id=" + d.edited()));
  }

  // --- the public site ---------------------------------------------------------------------------

  @Test
  void publicListsFeedsAndSearchDoNotGrowWithTheirColumns() {
    sameForBoth("a magazine's page", d -> site("/magazines/" + d.magazine()));
    sameForBoth("a magazine's feed", d -> site("/magazines/" + d.magazine() + "/feed.atom"));
    sameForBoth("an author's page", d -> site("/authors/" + d.writer()));
    sameForBoth("a tag's page", d -> site("/tags/" + encode(d.tag())));
    // Search answers from its Lucene index, which stores what a hit shows: no SQL at all.
    assertEquals(
        0, statements("search", site("/search?q=" + small.word())), counter.lastStatements());
    assertEquals(
        0, statements("search", site("/search?q=" + large.word())), counter.lastStatements());
  }

  // --- measuring ---------------------------------------------------------------------------------

  /** Asserts that {@code request} runs as many statements for the large desk as for the small. */
  private void sameForBoth(String what, Function<Desk, Supplier<Api.Answer>> request) {
    int forSmall = statements(what, request.apply(small));
    int forLarge = statements(what, request.apply(large));
    LOG.info(
        () ->
            "Statements of "
                + what
                + ": "
                + forSmall
                + " for "
                + SMALL
                + " rows, "
                + forLarge
                + " for "
                + LARGE);
    assertTrue(forSmall > 0, what + ": no statement was counted at all; is the counter attached?");
    assertEquals(
        forSmall,
        forLarge,
        what
            + ": "
            + forSmall
            + " statements for "
            + SMALL
            + " rows, "
            + forLarge
            + " for "
            + LARGE
            + counter.lastStatements());
  }

  /** The least number of statements of three requests, after an untimed one. */
  private int statements(String what, Supplier<Api.Answer> request) {
    expectOk(what, request.get());
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      siteChanged.fire(SiteChanged.anywhere());
      counter.start();
      Api.Answer answer = request.get();
      least = Math.min(least, counter.stop());
      expectOk(what, answer);
    }
    return least;
  }

  private static void expectOk(String what, Api.Answer answer) {
    assertEquals(200, answer.status(), () -> what + ": " + answer);
  }

  private Supplier<Api.Answer> api(String path, String user) {
    return () -> api.get(path, user);
  }

  private Supplier<Api.Answer> site(String path) {
    return () -> api.page(path);
  }

  private Supplier<Api.Answer> desk(Desk desk, String role, String path) {
    String user = role.equals("writer") ? desk.writer() : desk.editor();
    return () -> {
      String cookie =
          desk.cookies().computeIfAbsent(user, u -> api.deskSignIn(u, PASSWORD).cookies());
      return api.withCookie(path, cookie);
    };
  }

  /**
   * Counts the SQL statements EclipseLink runs on the server's HTTP threads between {@link #start}
   * and {@link #stop}, and keeps the last ones for a failure's message.
   */
  private static final class StatementCounter extends SessionEventAdapter
      implements SessionEventListener {

    private volatile boolean counting;
    private final AtomicInteger count = new AtomicInteger();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private List<String> last = List.of();

    @Override
    public void preExecuteCall(SessionEvent event) {
      String thread = Thread.currentThread().getName();
      if (counting && thread.startsWith("http-thread-pool")) {
        count.incrementAndGet();
        threads.add(thread);
        if (event.getCall() instanceof DatabaseCall call) {
          statements.add(call.getSQLString());
        }
      }
    }

    void start() {
      count.set(0);
      statements.clear();
      counting = true;
    }

    int stop() {
      counting = false;
      last = List.copyOf(statements);
      return count.get();
    }

    String lastStatements() {
      return "; the last request's statements:\n" + String.join("\n", last);
    }
  }

  // --- the two desks -----------------------------------------------------------------------------

  /** A desk of {@code size} live columns, the last of them saved {@code revisions} times. */
  private Desk desk(String name, int size, int revisions) {
    String key = name + UUID.randomUUID().toString().substring(0, 6);
    String writer = "qc-w-" + key;
    String editor = "qc-e-" + key;
    String publisher = "qc-p-" + key;
    api.openAccount(writer, "쿼리 작가 " + key, PASSWORD, "WRITER");
    api.openAccount(editor, "쿼리 편집 " + key, PASSWORD, "EDITOR");
    api.openAccount(publisher, "쿼리 발행 " + key, PASSWORD, "PUBLISHER");
    String magazine = "qc-" + key;
    JsonObject created =
        ColumnsApi.expect(
            api.post(
                "api/v1/magazines",
                "editor",
                Json.createObjectBuilder()
                    .add("title", "쿼리 세기 " + key)
                    .add("slug", magazine)
                    .build()
                    .toString()),
            201);
    assertEquals(magazine, created.getString("slug"));
    String tag = "쿼리-" + key;
    String word = letters(key);
    long edited = 0;
    for (int i = 0; i < size; i++) {
      // Half the columns are the desk's writer's, each of the others has a writer of its own: the
      // lists show many authors, the writer's own pages many columns.
      String author = writer;
      if (i % 2 == 1) {
        author = "qc-o-" + key + "-" + i;
        api.openAccount(author, "다른 작가 " + i, PASSWORD, "WRITER");
      }
      String json =
          draftBuilder(word + " 칼럼 " + i, "<p>" + word + " 본문 " + i + "</p>")
              .add("magazine", magazine)
              .add("tags", array(tag, tag + "-" + i + "a", tag + "-" + i + "b"))
              .build()
              .toString();
      JsonObject column = ColumnsApi.expect(columns.create(author, json), 201);
      if (i == size - 2) {
        for (int r = 1; r < revisions; r++) {
          String title = word + " 칼럼 " + i + " 판 " + r;
          column = columns.edit(column, author, title, "<p>" + title + "</p>");
        }
        edited = ColumnsApi.id(column);
      }
      column = columns.move(column, "submit", author, null);
      column = columns.move(column, "approve", editor, null);
      columns.move(column, "publish", publisher, null);
    }
    return new Desk(
        writer, editor, publisher, magazine, tag, word, edited, new ConcurrentHashMap<>());
  }

  /** A word of latin letters only, the same for the same key, that no other column holds. */
  private static String letters(String key) {
    Random random = new Random(key.hashCode());
    StringBuilder word = new StringBuilder("qcx");
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
