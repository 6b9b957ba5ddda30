package dev.columndesk.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One {@code ./run.sh} process, started the way a person starts it, with its output in a log file.
 */
public final class RunScript {

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(150);
  private static final Path ROOT =
      Path.of(System.getProperty("cms.root", "..")).toAbsolutePath().normalize();

  private final Process process;
  private final Path log;
  private final Api api;

  private RunScript(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.api = new Api(URI.create("http://localhost:" + port + "/"));
  }

  /**
   * Starts {@code ./run.sh} on the port with the given environment (and none of the caller's CMS_
   * settings).
   */
  public static RunScript start(int port, Path log, Map<String, String> environment)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", ROOT.resolve("run.sh").toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("CMS_"));
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().putAll(environment);
    return new RunScript(builder.start(), log, port);
  }

  public Api api() {
    return api;
  }

  /** Waits until {@code /health} is UP with the database check; answers how long that took. */
  public Duration awaitHealthy() throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), () -> "run.sh ended before the desk was ready:\n" + log());
      HttpResponse<String> health = health();
      if (health != null && health.statusCode() == 200 && health.body().contains("\"database\"")) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("/health was not UP within " + STARTUP_LIMIT + ":\n" + log());
  }

  /** The log once it holds {@code line} (the banner follows /health by a moment). */
  public String awaitLog(String line) throws InterruptedException {
    for (int attempt = 0; attempt < 40 && !log().contains(line); attempt++) {
      Thread.sleep(250);
    }
    return log();
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether anything answers HTTP on the port. */
  public boolean answers() {
    return health() != null;
  }

  /** Sends SIGTERM, as Ctrl-C or a process manager would, and checks for a clean, complete stop. */
  public void stop() throws InterruptedException {
    List<ProcessHandle> payara = process.descendants().toList();
    assertFalse(payara.isEmpty(), "run.sh runs Payara Micro as its child");
    process.destroy();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "run.sh stops within a minute");
    assertEquals(0, process.exitValue(), "a requested stop is a clean exit");
    assertTrue(payara.stream().noneMatch(ProcessHandle::isAlive), "Payara Micro ended too");
    assertTrue(log().contains("Column Desk stopped."), "the stop is reported");
  }

  /** Kills Payara Micro with SIGKILL, as a crash or the out-of-memory killer would. */
  public void crash() throws InterruptedException {
    List<ProcessHandle> payara = process.descendants().toList();
    payara.forEach(ProcessHandle::destroyForcibly);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "run.sh ends when Payara Micro dies");
    assertTrue(payara.stream().noneMatch(ProcessHandle::isAlive), "Payara Micro is gone");
  }

  /** Ends whatever is left, for clean-up after a failed test. */
  public void kill() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private HttpResponse<String> health() {
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

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** An empty folder under target/ for one test's files. */
  public static Path freshDirectory(String name) throws IOException {
    Path directory = Path.of("target", name).toAbsolutePath();
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }
}
