package dev.columndesk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.DeskSocket;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's push socket over real WebSocket handshakes: only a signed-in desk session opens it
 * (refused with 401 otherwise, never a login page), and it rings only for the person who signed in,
 * with nothing but a ring.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskPushIT {

  /** Far below the bell's 5-second poll: the clock looks once a second. */
  private static final Duration RING_WITHIN = Duration.ofSeconds(4);

  @ArquillianResource private URL base;
  private Api api;
  private ColumnsApi columns;

  @BeforeEach
  void connect() {
    api = new Api(base);
    columns = new ColumnsApi(api);
  }

  private String account(String prefix, String role) {
    String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    api.openAccount(username, "소켓 " + role, Api.DEMO_PASSWORD, role);
    return username;
  }

  private String signedIn(String username) {
    Api.Answer login = api.page("/login");
    Api.Answer answer = api.deskSignIn(login, username, Api.DEMO_PASSWORD);
    assertEquals(302, answer.status(), answer::toString);
    return answer.cookies();
  }

  @Test
  void aHandshakeWithoutASignedInSessionIsRefusedWith401() {
    WebSocketHandshakeException anonymous =
        assertThrows(WebSocketHandshakeException.class, () -> DeskSocket.open(api, null));
    assertEquals(401, anonymous.getResponse().statusCode());

    String notSignedIn = api.page("/login").cookies();
    WebSocketHandshakeException visitor =
        assertThrows(WebSocketHandshakeException.class, () -> DeskSocket.open(api, notSignedIn));
    assertEquals(401, visitor.getResponse().statusCode(), "a session that never signed in");

    WebSocketHandshakeException forged =
        assertThrows(
            WebSocketHandshakeException.class,
            () -> DeskSocket.open(api, "JSESSIONID=no-such-session"));
    assertEquals(401, forged.getResponse().statusCode(), "an unknown session");
  }

  @Test
  void aSubmissionRingsTheEditorsSocketAndNotTheWritersWithNothingButARing() throws Exception {
    String editor = account("push-e", "EDITOR");
    String writer = account("push-w", "WRITER");
    try (DeskSocket editorDesk = DeskSocket.open(api, signedIn(editor));
        DeskSocket writerDesk = DeskSocket.open(api, signedIn(writer))) {

      columns.move(columns.newDraft(writer, ColumnsApi.unique("소켓이 울린다")), "submit", writer, null);

      assertEquals("ring", editorDesk.next(RING_WITHIN), "the editor hears of the submission");
      assertNull(writerDesk.next(Duration.ofSeconds(2)), "the writer was not told of it");
    }
  }
}
