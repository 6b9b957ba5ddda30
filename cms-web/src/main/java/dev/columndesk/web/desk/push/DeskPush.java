package dev.columndesk.web.desk.push;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;

/**
 * The socket an open desk page holds to hear of new notifications ({@value #PATH}, under the desk's
 * security constraint, so the handshake carries the signed-in desk session and is refused with 401
 * without one). The person is the handshake's caller, never anything the page sends.
 *
 * <p>Why not Faces' {@code f:websocket}: Mojarra keeps a session-scoped channel manager in the HTTP
 * session, which another cluster member cannot deserialize, so desk sessions would no longer
 * survive their instance. This endpoint keeps its sockets in {@link DeskSockets}, in memory only.
 * Another site's page cannot open it in a visitor's name either: the session cookie is {@code
 * SameSite=Lax}, which browsers do not send with a cross-site socket.
 */
@ServerEndpoint(DeskPush.PATH)
public class DeskPush {

  /** Where the desk template's script connects, under the application's context path. */
  public static final String PATH = "/desk/push";

  private static final String USERNAME = DeskPush.class.getName() + ".username";

  @Inject private DeskSockets sockets;

  @OnOpen
  public void open(Session socket) throws IOException {
    Principal caller = socket.getUserPrincipal();
    if (caller == null) {
      // The constraint refuses such handshakes; should one get through, it hears nothing.
      socket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Sign in first"));
      return;
    }
    socket.getUserProperties().put(USERNAME, caller.getName());
    sockets.add(caller.getName(), socket);
  }

  @OnClose
  public void close(Session socket) {
    forget(socket);
  }

  @OnError
  public void failed(Session socket, Throwable failure) {
    forget(socket);
  }

  private void forget(Session socket) {
    if (socket.getUserProperties().get(USERNAME) instanceof String username) {
      sockets.remove(username, socket);
    }
  }
}
