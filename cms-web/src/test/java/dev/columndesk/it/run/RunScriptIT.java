package dev.columndesk.it.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.RunScript;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command itself: {@code ./run.sh} starts the desk with its H2 file database,
 * stops cleanly on SIGTERM, and what was committed before a stop, or before a crash, is there after
 * the restart.
 */
class RunScriptIT {

  private RunScript running;

  @AfterEach
  void stopLeftovers() {
    if (running != null) {
      running.kill();
    }
  }

  @Test
  void runScriptServesTheDeskKeepsCommittedDataAndRetiresDemoAccounts() throws Exception {
    Path work = RunScript.freshDirectory("run-it");
    Path data = work.resolve("data");
    Map<String, String> environment =
        Map.of(
            "CMS_DATA_DIR", data.toString(),
            "CMS_ADMIN_USERNAME", "chief",
            "CMS_ADMIN_PASSWORD", "first administrator");
    int port = RunScript.freePort();

    running = RunScript.start(port, work.resolve("first.log"), environment);
    Duration ready = running.awaitHealthy();
    System.out.printf("run.sh: ready in %d ms%n", ready.toMillis());

    String log = running.awaitLog("Press Ctrl-C to stop.");
    assertTrue(log.contains("Column Desk is running at http://localhost:" + port + "/"), log);
    assertTrue(log.contains("writer and writer2 (WRITER)"), "the demo accounts are printed");
    Api api = running.api();
    assertEquals(200, api.get("api/v1/me", "writer").status());
    Api.Answer chief = api.get("api/v1/me", "chief", "first administrator");
    assertEquals("[\"ADMIN\"]", chief.json().getJsonArray("roles").toString(), chief::toString);
    assertTrue(Files.exists(data.resolve("columndesk.mv.db")), "the H2 file is in CMS_DATA_DIR");
    Api.Answer front = api.page("/");
    assertTrue(front.body().contains("오픈소스는 누구의 것인가"), "the demo columns are live: " + front);
    assertTrue(front.body().contains("Why Newsrooms Still Need Editors"), "in both languages");
    assertTrue(
        api.page("/search?q=%EC%B2%AB%EC%B0%A8").body().contains("에서 읽는 칼럼</a></h2>"),
        "and searchable from the start (첫차 finds 2호선 첫차에서 읽는 칼럼)");
    assertEquals(
        6,
        new ColumnsApi(api).list("status=PUBLISHED", "editor").json().getInt("total"),
        "six demo columns, written once");

    String beforeStop = openAccount(api, "재시작 확인");
    Instant publishAt = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
    long scheduled = new ColumnsApi(api).scheduledFor(publishAt);
    running.stop();
    assertFalse(running.answers(), "nothing listens after the stop");
    while (Instant.now().isBefore(publishAt.plusSeconds(1))) {
      Thread.sleep(200); // the column falls due while the desk is down
    }

    Instant restarted = Instant.now();
    running = RunScript.start(port, work.resolve("second.log"), environment);
    running.awaitHealthy();
    assertEquals("재시작 확인", displayNameOf(api, beforeStop));
    JsonObject publication = awaitScheduledPublication(api, scheduled);
    assertEquals(publishAt, Instant.parse(publication.getString("dueAt")));
    Instant at = Instant.parse(publication.getString("at"));
    assertTrue(at.isAfter(restarted), "published after the restart, at " + at);
    assertEquals(
        "PUBLISHED",
        api.get("api/v1/columns/" + scheduled, "publisher").json().getString("status"));
    assertEquals(
        7,
        new ColumnsApi(api).list("status=PUBLISHED", "editor").json().getInt("total"),
        "the demo columns were not written again at the restart");

    String beforeCrash = openAccount(api, "강제 종료 직전");
    running.crash();

    Map<String, String> withoutDemo = new HashMap<>(environment);
    withoutDemo.put("CMS_DEMO", "false");
    running = RunScript.start(port, work.resolve("third.log"), withoutDemo);
    running.awaitHealthy();
    assertEquals("강제 종료 직전", displayNameOf(api, beforeCrash), "a commit survives kill -9");
    assertEquals("재시작 확인", displayNameOf(api, beforeStop));

    // Outside demo mode no account keeps the well-known demo password.
    assertEquals(401, api.get("api/v1/me", "writer").status());
    assertFalse(running.awaitLog("Press Ctrl-C to stop.").contains("Demo accounts"));
    assertTrue(running.log().contains("disabled 'writer'"), "the log says what was disabled");
    running.stop();
  }

  /** The scheduler's PUBLISH event for the column, waiting a few seconds for it. */
  private static JsonObject awaitScheduledPublication(Api api, long column)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonValue event :
          api.get("api/v1/audit?column=" + column, "editor").json().getJsonArray("items")) {
        JsonObject item = event.asJsonObject();
        if (item.getString("action").equals("PUBLISH")) {
          assertEquals("scheduler", item.getString("actor"));
          return item;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("column " + column + " was not published after the restart");
  }

  private static String openAccount(Api api, String displayName) {
    String username = "restart." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, displayName, "survives-a-restart", "WRITER");
    return username;
  }

  private static String displayNameOf(Api api, String username) {
    Api.Answer account = api.get("api/v1/accounts/" + username, "chief", "first administrator");
    assertEquals(200, account.status(), account::toString);
    return account.json().getString("displayName");
  }
}
