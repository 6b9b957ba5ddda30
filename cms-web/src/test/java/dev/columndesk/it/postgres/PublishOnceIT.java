package dev.columndesk.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.PostgresDatabase;
import dev.columndesk.it.support.RunScript;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the desk on one PostgreSQL database both poll for due columns every second:
 * every scheduled column goes live exactly once and on time, also when one instance is killed with
 * SIGKILL a moment before the columns fall due.
 */
class PublishOnceIT {

  private static final int COLUMNS = 12;

  @RegisterExtension final PostgresDatabase database = new PostgresDatabase();

  @Test
  void twoInstancesPublishEachScheduledColumnExactlyOnceEvenWhenOneIsKilled() throws Exception {
    Path work = RunScript.freshDirectory("publish-once");
    RunScript first =
        database.start(work, "first", Map.of("CMS_DEMO", "true", "CMS_DEMO_CONTENT", "false"));
    RunScript second =
        database.start(work, "second", Map.of("CMS_DEMO", "true", "CMS_DEMO_CONTENT", "false"));
    first.awaitHealthy();
    second.awaitHealthy();

    // Half due while both run, half due just after the first instance is killed.
    Instant together = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
    Instant afterKill = together.plusSeconds(6);
    ColumnsApi columns = new ColumnsApi(first.api());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < COLUMNS; i++) {
      ids.add(columns.scheduledFor(i % 2 == 0 ? together : afterKill));
    }
    assertTrue(Instant.now().isBefore(together), "all columns were scheduled in time");

    sleepUntil(afterKill.minusSeconds(1));
    first.crash();
    sleepUntil(afterKill.plusSeconds(4));

    for (long id : ids) {
      String events = "FROM audit_event WHERE action = 'PUBLISH' AND column_id = " + id;
      assertEquals(1, database.number("SELECT count(*) " + events), "column " + id);
      assertEquals(1, database.number("SELECT count(*) " + events + " AND actor = 'scheduler'"));
      long lateMillis =
          database.number(
              "SELECT CAST(EXTRACT(EPOCH FROM (at - due_at)) * 1000 AS BIGINT) " + events);
      assertTrue(lateMillis >= 0 && lateMillis <= 2000, "column " + id + " late " + lateMillis);
    }
    assertEquals(
        COLUMNS,
        database.number("SELECT count(*) FROM editorial_column WHERE status = 'PUBLISHED'"));
    second.stop();
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
