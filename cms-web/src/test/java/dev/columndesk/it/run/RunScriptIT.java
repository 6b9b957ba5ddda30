package dev.columndesk.it.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command itself: {@code ./run.sh} starts the desk with its H2 file database,
 * stops cleanly on SIGTERM, and what was written before a restart is there after it.
 */
class RunScriptIT {

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

  private final Path root =
      Path.of(System.getProperty("cms.root", "..")).toAbsolutePath().normalize();
  private final Path work = Path.of("target", "run-it").toAbsolutePath();
  private Process running;

  @AfterEach
  void stopLeftovers() {
    if (running != null && running.isAlive()) {
      running.descendants().forEach(ProcessHandle::destroyForcibly);
      running.destroyForcibly();
    }
  }

  @Test
  void runScriptServesTheDeskAndKeepsDataAcrossARestart() throws Exception {
    deleteRecursively(work);
    Files.createDirectories(work);
    Path data = work.resolve("data");
    int port = freePort();
    Api api = new Api(URI.create("http://localhost:" + port + "/"));

    Path firstLog = work.resolve("first.log");
    running = start(port, data, firstLog);
    long ready = awaitHealthy(api);
    System.out.printf("run.sh: ready in %d ms%n", ready);

    String log = awaitLog(firstLog, "Press Ctrl-C to stop.");
    assertTrue(log.contains("Column Desk is running at http://localhost:" + port + "/"), log);
    assertTrue(log.contains("writer and writer2 (WRITER)"), "the demo accounts are printed");
    assertEquals(200, api.get("api/v1/me", "writer").status());
    assertTrue(Files.isDirectory(data), "the H2 file database lives under CMS_DATA_DIR");

    String username = "restart." + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/v1/accounts",
            "admin",
            """
            {"username": "%s", "displayName": "재시작 확인", "password": "survives-a-restart", "roles": ["WRITER"]}
            """
                .formatted(username));
    assertEquals(201, created.status(), created::toString);

    stopGracefully();
    assertTrue(Files.readString(firstLog).contains("Column Desk stopped."), "the stop is reported");
    assertFalse(answers(api), "nothing listens after the stop");

    running = start(port, data, work.resolve("second.log"));
    awaitHealthy(api);

    Api.Answer after = api.get("api/v1/accounts/" + username, "admin");
    assertEquals(200, after.status(), after::toString);
    assertEquals("재시작 확인", after.json().getString("displayName"));
    stopGracefully();
  }

  private Process start(int port, Path data, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", root.resolve("run.sh").toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("CMS_DATA_DIR", data.toString());
    builder.environment().remove("CMS_DB_URL");
    builder.environment().remove("CMS_DEMO");
    return builder.start();
  }

  private long awaitHealthy(Api api) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(running.isAlive(), "run.sh ended before the desk was ready");
      if (answers(api)) {
        HttpResponse<String> health = healthOf(api);
        if (health != null
            && health.statusCode() == 200
            && health.body().contains("\"database\"")) {
          return Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("/health was not UP within " + STARTUP_LIMIT);
  }

  /** The log once it holds {@code line}: the script prints its banner just after /health is UP. */
  private static String awaitLog(Path log, String line) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 40; attempt++) {
      String text = Files.readString(log);
      if (text.contains(line)) {
        return text;
      }
      Thread.sleep(250);
    }
    return Files.readString(log);
  }

  private void stopGracefully() throws InterruptedException {
    running.destroy(); // SIGTERM, as from a process manager or Ctrl-C
    assertTrue(running.waitFor(60, TimeUnit.SECONDS), "run.sh stops within a minute");
    assertEquals(0, running.exitValue(), "a requested stop is a clean exit");
    assertTrue(
        running.descendants().noneMatch(ProcessHandle::isAlive), "Payara Micro ended with it");
  }

  private static boolean answers(Api api) {
    return healthOf(api) != null;
  }

  private static HttpResponse<String> healthOf(Api api) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(api.serverUri("/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException notListening) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
