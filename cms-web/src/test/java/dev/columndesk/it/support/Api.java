package dev.columndesk.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

  public Answer patch(String path, String user, String json) {
    return send(
        request(uri(path), user)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** Opens an account as the demo administrator and checks that it was created. */
  public void openAccount(String username, String displayName, String password, String role) {
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", displayName)
            .add("password", password)
            .add("roles", Json.createArrayBuilder().add(role))
            .build()
            .toString();
    Answer created = post("api/v1/accounts", "admin", account);
    if (created.status() != 201) {
      throw new AssertionError("account " + username + " not opened: " + created);
    }
  }

  /** POST of an HTML form, with the session cookie a browser would send ({@code null}: none). */
  public Answer form(String path, String cookie, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(uri(path), null)
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(cookie == null ? request : request.header("Cookie", cookie));
  }

  /**
   * Signs in through the desk's login form as a browser does: loads the page for its session and
   * view state, then posts the form. Answers the post's answer.
   */
  public Answer deskSignIn(String username, String password) {
    return deskSignIn(page("/login"), username, password);
  }

  /**
   * The same from a login page already loaded, in its session: with every cookie the page set, as a
   * browser sends them (a clustered Payara also versions the session in a cookie of its own).
   */
  public Answer deskSignIn(Answer login, String username, String password) {
    return form(
        "/login",
        login.cookies(),
        Map.of(
            "login",
            "login",
            "username",
            username,
            "password",
            password,
            "signIn",
            "",
            "jakarta.faces.ViewState",
            login.viewState(),
            "primefaces.nonce",
            login.nonce()));
  }

  /** GET with nothing but a cookie, as a browser that signed in would send it. */
  public Answer withCookie(String path, String cookie) {
    return send(request(uri(path), null).header("Cookie", cookie).GET());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

    /** The {@code name=value} of the cookie this answer sets, ready for a Cookie header. */
    public String cookie(String name) {
      return response.headers().allValues("Set-Cookie").stream()
          .filter(cookie -> cookie.startsWith(name + "="))
          .map(cookie -> cookie.split(";", 2)[0])
          .findFirst()
          .orElse(null);
    }

    /** Every cookie this answer sets, as a browser would send them back in a Cookie header. */
    public String cookies() {
      return response.headers().allValues("Set-Cookie").stream()
          .map(cookie -> cookie.split(";", 2)[0])
          .collect(Collectors.joining("; "));
    }

    /** The Faces view state of the page, for posting its form. */
    public String viewState() {
      Matcher field =
          Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
              .matcher(response.body());
      if (!field.find()) {
        throw new AssertionError("no view state in " + response.body());
      }
      return field.group(1);
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script sends back with every form as {@code
     * primefaces.nonce}; a postback without it fails when the page is rendered again.
     */
    public String nonce() {
      Matcher script = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"").matcher(response.body());
      if (!script.find()) {
        throw new AssertionError("no CSP nonce in " + response.body());
      }
      return script.group(1);
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
