package dev.columndesk.it.api;

import static dev.columndesk.it.support.ColumnsApi.comment;
import static dev.columndesk.it.support.ColumnsApi.expect;
import static dev.columndesk.it.support.ColumnsApi.id;
import static dev.columndesk.it.support.ColumnsApi.items;
import static dev.columndesk.it.support.ColumnsApi.laterSchedule;
import static dev.columndesk.it.support.ColumnsApi.unique;
import static dev.columndesk.it.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who hears what, over real HTTP, with a real SMTP server (GreenMail) receiving the e-mails the
 * suite's Payara sends: each step of a column's life is stored for exactly the right people, once
 * per channel, e-mail goes out after the step in each recipient's language, muted kinds are left
 * out, and one's own notifications are counted and marked read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailIT {

  /** The port arquillian.xml gives the suite's Payara as {@code cms.smtp.port}. */
  private static final int SMTP_PORT = Integer.getInteger("cms.it.smtpPort", 3925);

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  /** A new account with an e-mail address and a language; answers its username. */
  private String person(String prefix, String role, String locale) {
    String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "Person " + username, Api.DEMO_PASSWORD, role);
    String profile =
        Json.createObjectBuilder()
            .add("email", username + "@columndesk.test")
            .add("locale", locale)
            .build()
            .toString();
    JsonObject me = expect(api.patch("api/v1/me", username, profile), 200);
    assertEquals(username + "@columndesk.test", me.getString("email"));
    return username;
  }

  private List<JsonObject> told(long column) {
    return items(
        expect(
            api.get(ColumnsApi.COLUMNS + "/" + column + "/notifications?size=100", "admin"), 200));
  }

  /** {@code username/CHANNEL} of everyone told of {@code kind}. */
  private Set<String> recipients(long column, String kind) {
    return told(column).stream()
        .filter(n -> n.getString("kind").equals(kind))
        .map(n -> n.getString("recipient") + "/" + n.getString("channel"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> both(String... usernames) {
    Set<String> expected = new TreeSet<>();
    for (String username : usernames) {
      expected.add(username + "/DESK");
      expected.add(username + "/EMAIL");
    }
    return expected;
  }

  @Test
  void everyStepTellsTheRightPeopleInTheDeskAndByMailInTheirLanguage() throws Exception {
    String writer = person("mail-w", "WRITER", "en");
    String editor = person("mail-e", "EDITOR", "ko");
    String publisher = person("mail-p", "PUBLISHER", "en");
    String title = unique("알림이 가는 칼럼");
    JsonObject column = columns.newDraft(writer, title);
    long id = id(column);

    column = columns.move(column, "submit", writer, null);
    Set<String> submitted = recipients(id, "SUBMITTED");
    assertTrue(submitted.containsAll(both(editor)), submitted.toString());
    assertTrue(submitted.contains("editor/DESK"), "editors without an address: the desk only");
    assertFalse(submitted.contains("editor/EMAIL"), submitted.toString());
    assertTrue(
        submitted.stream().noneMatch(r -> r.startsWith(writer) || r.startsWith(publisher)),
        "not the author, not publishers: " + submitted);

    column = columns.move(column, "request-changes", editor, comment("둘째 문단을 고쳐 주세요"));
    assertEquals(both(writer), recipients(id, "CHANGES_REQUESTED"));

    expect(
        columns.post(
            ColumnsApi.COLUMNS + "/" + id + "/comments", editor, "{\"text\": \"기다리겠습니다\"}", null),
        201);
    expect(
        columns.post(
            ColumnsApi.COLUMNS + "/" + id + "/comments", writer, "{\"text\": \"고치겠습니다\"}", null),
        201);
    assertEquals(
        both(writer), recipients(id, "COMMENTED"), "the author's own comment tells nobody");

    column = columns.move(column, "submit", writer, null);
    column = columns.move(column, "approve", editor, null);
    Set<String> approved = recipients(id, "APPROVED");
    assertTrue(approved.containsAll(both(writer, publisher)), approved.toString());
    assertTrue(approved.contains("publisher/DESK"), approved.toString());
    assertTrue(approved.stream().noneMatch(r -> r.startsWith(editor)), approved.toString());

    column = columns.move(column, "schedule", publisher, laterSchedule());
    assertEquals(both(writer), recipients(id, "SCHEDULED"));
    column = columns.move(column, "publish", publisher, null);
    assertEquals(both(writer), recipients(id, "PUBLISHED"));
    columns.move(column, "unpublish", publisher, null);
    assertEquals(both(writer), recipients(id, "UNPUBLISHED"));

    // Every e-mail goes out after its step, and is recorded as sent.
    awaitTold(
        id,
        all ->
            all.stream()
                .filter(n -> n.getString("channel").equals("EMAIL"))
                .allMatch(n -> n.getString("status").equals("SENT")));
    Map<String, List<MimeMessage>> mail = awaitMail(Map.of(writer, 6, editor, 2, publisher, 1));

    assertEquals(
        Set.of(
            "[Column Desk] Changes requested: " + title,
            "[Column Desk] New comment: " + title,
            "[Column Desk] Approved: " + title,
            "[Column Desk] Scheduled: " + title,
            "[Column Desk] Published: " + title,
            "[Column Desk] Unpublished: " + title),
        subjects(mail.get(writer)),
        "the writer reads English");
    assertEquals(
        Set.of("[칼럼 데스크] 검토 요청: " + title),
        subjects(mail.get(editor)),
        "the editor reads Korean, once for each submission");
    assertEquals(Set.of("[Column Desk] Approved: " + title), subjects(mail.get(publisher)));

    MimeMessage review = mail.get(editor).get(0);
    String plain = review.getContent().toString();
    assertTrue(plain.contains(writer + " 님이 칼럼 「" + title + "」을 검토해 달라고 제출했습니다."), plain);
    assertTrue(plain.contains("/desk/review?id=" + id), "a link to the review: " + plain);
    assertTrue(review.getContentType().toLowerCase().contains("utf-8"), review.getContentType());
    assertEquals("desk@columndesk.test", review.getFrom()[0].toString());
  }

  @Test
  void mutedKindsAreNeitherShownNorSentAndOthersStill() throws Exception {
    String writer = person("mute-w", "WRITER", "ko");
    String mutes = "{\"desk\": [\"COMMENTED\"], \"email\": [\"COMMENTED\", \"CHANGES_REQUESTED\"]}";
    JsonObject saved = expect(api.send(put("api/v1/me/notification-mutes", writer, mutes)), 200);
    assertEquals("[\"COMMENTED\"]", saved.getJsonArray("desk").toString());
    assertEquals("[\"CHANGES_REQUESTED\",\"COMMENTED\"]", saved.getJsonArray("email").toString());
    assertProblem(
        api.send(put("api/v1/me/notification-mutes", writer, "{\"desk\": [\"GOSSIP\"]}")),
        400,
        "GOSSIP");

    JsonObject column =
        columns.move(columns.newDraft(writer, unique("조용한 칼럼")), "submit", writer, null);
    long id = id(column);
    expect(
        columns.post(
            ColumnsApi.COLUMNS + "/" + id + "/comments", "editor", "{\"text\": \"음\"}", null),
        201);
    columns.move(column, "request-changes", "editor", comment("다시"));

    assertEquals(Set.of(), recipients(id, "COMMENTED"), "muted in both");
    assertEquals(Set.of(writer + "/DESK"), recipients(id, "CHANGES_REQUESTED"), "e-mail muted");
  }

  @Test
  void ownNotificationsAreCountedListedAndMarkedRead() {
    String writer = person("read-w", "WRITER", "en");
    String path = "api/v1/me/notifications";
    assertEquals(0, unread(writer));
    JsonObject column =
        columns.move(columns.newDraft(writer, unique("읽을 알림")), "submit", writer, null);
    columns.move(column, "request-changes", "editor", comment("하나"));
    expect(
        columns.post(
            ColumnsApi.COLUMNS + "/" + id(column) + "/comments",
            "editor",
            "{\"text\": \"둘\"}",
            null),
        201);
    assertEquals(2, unread(writer));

    JsonObject page = expect(api.get(path + "?size=1", writer), 200);
    assertEquals(2, page.getJsonNumber("total").longValue());
    assertEquals(1, page.getInt("size"));
    JsonObject newest = items(page).get(0);
    assertEquals("COMMENTED", newest.getString("kind"), "newest first");
    assertEquals("DESK", newest.getString("channel"));
    assertTrue(items(page).stream().allMatch(n -> n.getString("recipient").equals(writer)));

    long newestId = newest.getJsonNumber("id").longValue();
    assertEquals(204, columns.post(path + "/" + newestId + "/read", writer, null, null).status());
    assertEquals(1, unread(writer));
    assertProblem(
        columns.post(path + "/" + newestId + "/read", "writer2", null, null),
        404,
        "no notification " + newestId);
    assertEquals(204, columns.post(path + "/read", writer, null, null).status());
    assertEquals(0, unread(writer));
  }

  @Test
  void onlyEditorsAndAdminsReadAColumnsNotificationsAndAnUnknownColumnIsNotFound() {
    JsonObject column = columns.inStatus("writer", "IN_REVIEW");
    String path = ColumnsApi.COLUMNS + "/" + id(column) + "/notifications";
    assertProblem(api.get(path, "writer"), 403, "roles");
    assertProblem(api.get(path, "publisher"), 403, "roles");
    JsonObject page = expect(api.get(path + "?page=0&size=5", "editor"), 200);
    assertEquals(0, page.getInt("page"));
    assertEquals(5, page.getInt("size"));
    assertTrue(page.getJsonNumber("total").longValue() >= 2, page.toString());
    expect(api.get(path, "admin"), 200);
    assertProblem(
        api.get(ColumnsApi.COLUMNS + "/987654321/notifications", "admin"),
        404,
        "no column 987654321");
    assertProblem(api.get(path + "?size=lots", "editor"), 400, "size");
  }

  @Test
  void emailAddressIsOptionalValidatedAndSetByAdministratorsToo() {
    String writer = person("addr-w", "WRITER", "ko");
    assertProblem(
        api.patch("api/v1/me", writer, "{\"email\": \"not an address\"}"), 400, "email must be");
    assertEquals(
        writer + "@columndesk.test",
        expect(api.get("api/v1/me", writer), 200).getString("email"),
        "a refused address changes nothing");
    JsonObject changed =
        expect(
            api.patch("api/v1/accounts/" + writer, "admin", "{\"email\": \"new@columndesk.test\"}"),
            200);
    assertEquals("new@columndesk.test", changed.getString("email"));
    assertTrue(
        expect(api.patch("api/v1/me", writer, "{\"email\": \"\"}"), 200).isNull("email"),
        "empty clears it: the desk alone then tells this person");
  }

  private HttpRequest.Builder put(String path, String user, String json) {
    return api.request(api.uri(path), user)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  private long unread(String user) {
    return expect(api.get("api/v1/me/notifications/unread", user), 200)
        .getJsonNumber("unread")
        .longValue();
  }

  private void awaitTold(long column, Predicate<List<JsonObject>> until)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<JsonObject> all = told(column);
    while (!until.test(all)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not as expected by " + deadline + ": " + all);
      }
      Thread.sleep(200);
      all = told(column);
    }
  }

  /** Waits until each address (username@columndesk.test) has exactly its count of e-mails. */
  private Map<String, List<MimeMessage>> awaitMail(Map<String, Integer> counts)
      throws InterruptedException, MessagingException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      Map<String, List<MimeMessage>> byUser = new java.util.HashMap<>();
      for (MimeMessage message : SMTP.getReceivedMessages()) {
        for (var to : message.getRecipients(Message.RecipientType.TO)) {
          String address = ((jakarta.mail.internet.InternetAddress) to).getAddress();
          String user = address.substring(0, address.indexOf('@'));
          if (counts.containsKey(user)) {
            byUser.computeIfAbsent(user, u -> new java.util.ArrayList<>()).add(message);
          }
        }
      }
      boolean done =
          counts.entrySet().stream()
              .allMatch(e -> byUser.getOrDefault(e.getKey(), List.of()).size() == e.getValue());
      if (done) {
        return byUser;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "mail by "
                + deadline
                + ": "
                + byUser.keySet()
                + " "
                + counts
                + " "
                + Arrays.toString(SMTP.getReceivedMessages()));
      }
      Thread.sleep(200);
    }
  }

  private static Set<String> subjects(List<MimeMessage> messages) throws MessagingException {
    Set<String> subjects = new TreeSet<>();
    for (MimeMessage message : messages) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }
}
