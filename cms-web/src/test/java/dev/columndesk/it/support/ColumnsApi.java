package dev.columndesk.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The column part of the API, spoken over real HTTP: creating columns, driving them through the
 * workflow as the right people, and reading their public pages. Every helper that "makes" something
 * asserts that the server agreed, so a broken step fails where it happens.
 */
public final class ColumnsApi {

  public static final String COLUMNS = "api/v1/columns";

  /** Demo accounts by role; {@code writer} writes unless a test says otherwise. */
  public static final String WRITER = "writer";

  public static final String EDITOR = "editor";
  public static final String PUBLISHER = "publisher";

  private final Api api;

  /**
   * Readers' pages are fetched over plain HTTP/1.1 (no h2c upgrade), as a browser talks to a server
   * without TLS; {@link #page(HttpClient.Version, String)} asks for another version explicitly.
   */
  private final HttpClient reader = readerClient(HttpClient.Version.HTTP_1_1);

  public ColumnsApi(Api api) {
    this.api = api;
  }

  public Api api() {
    return api;
  }

  // --- names and bodies ------------------------------------------------------------------------

  /** Words plus a short random suffix, so that tests sharing one database never collide. */
  public static String unique(String words) {
    return words + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A column's JSON with title and body only. */
  public static String draft(String title, String body) {
    return Json.createObjectBuilder().add("title", title).add("body", body).build().toString();
  }

  /** A builder for a column's JSON with title and body, for tests that add more fields. */
  public static JsonObjectBuilder draftBuilder(String title, String body) {
    return Json.createObjectBuilder().add("title", title).add("body", body);
  }

  public static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** {@code {"comment": ...}}. */
  public static String comment(String text) {
    return Json.createObjectBuilder().add("comment", text).build().toString();
  }

  /** {@code {"publishAt": ...}} an hour ahead, in Seoul time. */
  public static String laterSchedule() {
    return schedule(OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(1), null);
  }

  public static String schedule(OffsetDateTime publishAt, OffsetDateTime unpublishAt) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("publishAt", publishAt.toString());
    if (unpublishAt != null) {
      json.add("unpublishAt", unpublishAt.toString());
    }
    return json.build().toString();
  }

  /** A moment {@code seconds} from now, whole seconds, written with the Seoul offset +09:00. */
  public static OffsetDateTime seoulIn(long seconds) {
    return OffsetDateTime.now(ZoneOffset.ofHours(9))
        .plusSeconds(seconds)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  // --- reading answers -------------------------------------------------------------------------

  public static long id(JsonObject column) {
    return column.getJsonNumber("id").longValue();
  }

  /** The {@code If-Match} value for the column as it was answered: {@code "<version>"}. */
  public static String etagOf(JsonObject column) {
    return "\"" + column.getJsonNumber("version").longValue() + "\"";
  }

  public static Instant instant(JsonObject json, String field) {
    return Instant.parse(json.getString(field));
  }

  /** Asserts the status and answers the JSON object. */
  public static JsonObject expect(Api.Answer answer, int status) {
    assertEquals(status, answer.status(), answer::toString);
    return answer.json();
  }

  public static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  // --- raw calls -------------------------------------------------------------------------------

  public Api.Answer create(String user, String json) {
    return api.post(COLUMNS, user, json);
  }

  public Api.Answer get(long id, String user) {
    return api.get(COLUMNS + "/" + id, user);
  }

  public Api.Answer list(String query, String user) {
    return api.get(COLUMNS + "?" + query, user);
  }

  /** PUT of new content; {@code ifMatch} {@code null} sends none. */
  public Api.Answer put(long id, String user, String ifMatch, String json) {
    HttpRequest.Builder request =
        api.request(api.uri(COLUMNS + "/" + id), user)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return api.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  /** A workflow transition such as {@code submit}, without a body and without If-Match. */
  public Api.Answer transition(long id, String action, String user) {
    return transition(id, action, user, null, null);
  }

  /** A transition with an optional JSON body and an optional {@code If-Match}. */
  public Api.Answer transition(long id, String action, String user, String json, String ifMatch) {
    return post(COLUMNS + "/" + id + "/" + action, user, json, ifMatch);
  }

  public Api.Answer post(String path, String user, String json, String ifMatch) {
    HttpRequest.Builder request =
        api.request(api.uri(path), user)
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return api.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  public Api.Answer revisions(long id, String user) {
    return api.get(COLUMNS + "/" + id + "/revisions", user);
  }

  public Api.Answer revision(long id, int number, String user) {
    return api.get(COLUMNS + "/" + id + "/revisions/" + number, user);
  }

  public Api.Answer restore(long id, int number, String user, String ifMatch) {
    return post(COLUMNS + "/" + id + "/revisions/" + number + "/restore", user, null, ifMatch);
  }

  public Api.Answer diff(long id, int from, int to, String user) {
    return api.get(COLUMNS + "/" + id + "/diff?from=" + from + "&to=" + to, user);
  }

  public Api.Answer comments(long id, String user) {
    return api.get(COLUMNS + "/" + id + "/comments", user);
  }

  public Api.Answer addComment(long id, String user, String text, String quote) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("text", text);
    if (quote != null) {
      json.add("quote", quote);
    }
    return api.post(COLUMNS + "/" + id + "/comments", user, json.build().toString());
  }

  /** The audit trail of one column as an editor reads it, oldest first. */
  public List<JsonObject> audit(long id) {
    return items(expect(api.get("api/v1/audit?column=" + id + "&size=100", EDITOR), 200));
  }

  // --- making columns --------------------------------------------------------------------------

  /** A new draft by {@code author} with a plain Korean body; asserts 201. */
  public JsonObject newDraft(String author, String title) {
    return newDraft(author, title, "<p>초안 본문입니다.</p>");
  }

  public JsonObject newDraft(String author, String title, String body) {
    return expect(create(author, draft(title, body)), 201);
  }

  /** Saves new content with the column's current ETag; asserts 200. */
  public JsonObject edit(JsonObject column, String user, String title, String body) {
    return expect(put(id(column), user, etagOf(column), draft(title, body)), 200);
  }

  /** A transition that must succeed; asserts 200. */
  public JsonObject move(JsonObject column, String action, String user, String json) {
    return expect(transition(id(column), action, user, json, null), 200);
  }

  /** Who reviews a column by {@code author}: never the author (four eyes). */
  public static String reviewerFor(String author) {
    return EDITOR.equals(author) ? "editor2" : EDITOR;
  }

  /**
   * A column by {@code author} brought to {@code status} the ordinary way: DRAFT, IN_REVIEW,
   * CHANGES_REQUESTED, APPROVED, SCHEDULED (an hour ahead), PUBLISHED or UNPUBLISHED.
   */
  public JsonObject inStatus(String author, String status) {
    JsonObject column = newDraft(author, unique("상태 " + status));
    if (status.equals("DRAFT")) {
      return column;
    }
    column = move(column, "submit", author, null);
    if (status.equals("IN_REVIEW")) {
      return column;
    }
    if (status.equals("CHANGES_REQUESTED")) {
      return move(column, "request-changes", reviewerFor(author), comment("다시 써 주세요"));
    }
    column = move(column, "approve", reviewerFor(author), null);
    if (status.equals("APPROVED")) {
      return column;
    }
    if (status.equals("SCHEDULED")) {
      return move(column, "schedule", PUBLISHER, laterSchedule());
    }
    column = move(column, "publish", PUBLISHER, null);
    if (status.equals("PUBLISHED")) {
      return column;
    }
    if (status.equals("UNPUBLISHED")) {
      return move(column, "unpublish", PUBLISHER, null);
    }
    throw new IllegalArgumentException("no such status: " + status);
  }

  /** An approved column by the writer, scheduled for {@code publishAt}; answers its id. */
  public long scheduledFor(Instant publishAt) {
    JsonObject approved = inStatus("writer", "APPROVED");
    return id(
        move(approved, "schedule", PUBLISHER, schedule(publishAt.atOffset(ZoneOffset.UTC), null)));
  }

  /** The column as the editor sees it now. */
  public JsonObject current(JsonObject column) {
    return expect(get(id(column), EDITOR), 200);
  }

  /**
   * Reads the column every 100 ms until it satisfies {@code condition}, or fails at the deadline.
   */
  public JsonObject await(JsonObject column, Predicate<JsonObject> condition, Duration within) {
    Instant deadline = Instant.now().plus(within);
    JsonObject now = current(column);
    while (!condition.test(now)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("column did not get there within " + within + ": " + now);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      now = current(column);
    }
    return now;
  }

  /**
   * Makes {@code n} calls at the same moment (each on its own thread, released together) and
   * answers them in call order.
   */
  public static List<Api.Answer> atOnce(int n, IntFunction<Api.Answer> call) {
    ExecutorService threads = Executors.newFixedThreadPool(n);
    try {
      CyclicBarrier start = new CyclicBarrier(n);
      List<Future<Api.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        answers.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return call.apply(index);
                }));
      }
      List<Api.Answer> done = new ArrayList<>();
      for (Future<Api.Answer> answer : answers) {
        done.add(answer.get(60, TimeUnit.SECONDS));
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a concurrent call failed", e);
    } finally {
      threads.shutdownNow();
    }
  }

  // --- the public site -------------------------------------------------------------------------

  public static HttpClient readerClient(HttpClient.Version version) {
    return HttpClient.newBuilder()
        .version(version)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Anonymous GET of a public path such as a column's {@code live.url}, with header pairs. */
  public Api.Answer page(String path, String... headers) {
    return page(reader, path, headers);
  }

  /** The same, through a given client (to ask for HTTP/2, say). */
  public Api.Answer page(HttpClient client, String path, String... headers) {
    HttpRequest.Builder request = pageRequest(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return new Api.Answer(
        send(client, request.GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /** The exact bytes of a public page, to check its encoding. */
  public byte[] pageBytes(String path) {
    HttpResponse<byte[]> response =
        send(reader, pageRequest(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), () -> "GET " + path);
    return response.body();
  }

  private static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The path a column's public page would have: {@code /columns/<percent-encoded slug>}. */
  public static String pagePathOf(String slug) {
    return "/columns/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder pageRequest(String path) {
    URI uri = api.serverUri(path);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "text/html");
  }
}
