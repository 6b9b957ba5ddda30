package dev.columndesk.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.Cluster;
import dev.columndesk.it.support.PostgresDatabase;
import dev.columndesk.it.support.RunScript;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ./run.sh} on PostgreSQL: two clustered instances started at the same moment on one new
 * database migrate once and seed the accounts once; without {@code CMS_DEMO} there are no demo
 * accounts. Runs in the {@code postgres} profile.
 */
class StartTogetherIT {

  @RegisterExtension final PostgresDatabase database = new PostgresDatabase();

  @Test
  void twoInstancesStartingTogetherMigrateAndSeedOnce() throws Exception {
    Path work = RunScript.freshDirectory("start-together");
    Map<String, String> settings = new HashMap<>();
    settings.put("CMS_DEMO", "true");
    settings.put("CMS_ADMIN_USERNAME", "chief");
    settings.put("CMS_ADMIN_PASSWORD", "a long admin password");

    // Clustered, as in production: the data grid must not get in the way of the start-up.
    Cluster cluster = Cluster.of(2);
    RunScript first = database.start(work, "first", cluster.member(0, settings));
    RunScript second = database.start(work, "second", cluster.member(1, settings));
    first.awaitHealthy();
    second.awaitHealthy();

    for (RunScript instance : List.of(first, second)) {
      Api api = instance.api();
      Api.Answer health = api.server("/health");
      assertTrue(health.body().contains("PostgreSQL"), health::toString);
      assertEquals(200, api.get("api/v1/me", "editor").status());
      Api.Answer chief = api.get("api/v1/me", "chief", "a long admin password");
      assertEquals("[\"ADMIN\"]", chief.json().getJsonArray("roles").toString(), chief::toString);
      assertFalse(instance.log().contains("SEVERE"), instance::log);
    }
    assertEquals(
        1, database.number("SELECT count(*) FROM flyway_schema_history WHERE version = '1'"));
    assertEquals(
        1, database.number("SELECT count(*) FROM flyway_schema_history WHERE version = '2'"));
    assertEquals(
        7,
        database.number("SELECT count(*) FROM account"),
        "six demo accounts and the first admin");
    assertEquals(7, database.number("SELECT count(*) FROM account_role"));
    assertEquals(
        6,
        database.number("SELECT count(*) FROM editorial_column WHERE status = 'PUBLISHED'"),
        "the demo columns, written once");
    assertEquals(3, database.number("SELECT count(*) FROM magazine"), "the demo magazines, once");

    first.stop();
    second.stop();
  }

  @Test
  void demoModeIsOffWithPostgresqlUnlessAskedFor() throws Exception {
    Path work = RunScript.freshDirectory("postgres-default");
    RunScript first = database.start(work, "data", Map.of());
    first.awaitHealthy();

    assertEquals(401, first.api().get("api/v1/me", "editor").status(), "no demo accounts");
    assertEquals(0, database.number("SELECT count(*) FROM account"));
    String log = first.awaitLog("Press Ctrl-C to stop.");
    assertFalse(log.contains("Demo accounts"), "the banner lists no demo accounts");
    assertTrue(log.contains("set CMS_ADMIN_USERNAME and CMS_ADMIN_PASSWORD"), "the log says how");
    first.stop();
  }
}
