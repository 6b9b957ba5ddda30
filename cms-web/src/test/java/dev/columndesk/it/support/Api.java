package dev.columndesk.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Real HTTP against the deployed application, the way an outside API client talks to it. */
public final class Api {

  /** The demo accounts' password in the test deployment. */
  public static final String DEMO_PASSWORD = "demo-password";

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public Api(URL base) {
    this(URI.create(base.toString()));
  }

  public Api(URI base) {
    this.base = base;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The server's root, for paths outside the application such as {@code /health}. */
  public URI serverUri(String path) {
    return base.resolve(path);
  }

  /** GET as a demo account ({@code null}: anonymous). */
  public Answer get(String path, String user) {
    return send(request(uri(path), user).GET());
  }

  /** GET of a page as an anonymous browser would ask for it. */
  public Answer page(String path) {
    return send(request(uri(path), null).header("Accept", "text/html").GET());
  }

  /** Anonymous GET of a path at the server's root, outside the application (such as /health). */
  public Answer server(String path) {
    return send(request(serverUri(path), null).GET());
  }

  /** GET with HTTP Basic for any username and password. */
  public Answer get(String path, String user, String password) {
    return send(request(uri(path), null).header("Authorization", basic(user, password)).GET());
  }

  public Answer post(String path, String user, String json) {
    return send(
        request(uri(path), user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request signed with HTTP Basic as the given demo account ({@code null}: anonymous). */
  public HttpRequest.Builder request(URI uri, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    return user == null ? request : request.header("Authorization", basic(user, DEMO_PASSWORD));
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A response with its body read as text. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
