package dev.columndesk.web.desk.push;

import dev.columndesk.service.notification.DeskListeners;
import dev.columndesk.service.notification.DeskNotified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desk sockets open on this instance, by the username that opened them, and the ringing of
 * them. Lives only in this instance's memory, never in the HTTP session: a socket belongs to the
 * instance that accepted it, and a page whose instance dies opens a new one elsewhere.
 */
@ApplicationScoped
public class DeskSockets implements DeskListeners {

  /**
   * All a socket ever carries: its page then asks for its count over its own session, so a socket
   * opened by someone else's page would learn nothing but that something happened.
   */
  public static final String RING = "ring";

  private static final Logger LOG = Logger.getLogger(DeskSockets.class.getName());

  private final ConcurrentMap<String, Set<Session>> byUsername = new ConcurrentHashMap<>();

  void add(String username, Session socket) {
    byUsername.compute(
        username,
        (name, sockets) -> {
          Set<Session> open = sockets == null ? ConcurrentHashMap.newKeySet() : sockets;
          open.add(socket);
          return open;
        });
  }

  void remove(String username, Session socket) {
    byUsername.computeIfPresent(
        username,
        (name, sockets) -> {
          sockets.remove(socket);
          return sockets.isEmpty() ? null : sockets;
        });
  }

  @Override
  public boolean anyone() {
    return !byUsername.isEmpty();
  }

  void ring(@Observes DeskNotified notified) {
    for (String username : notified.usernames()) {
      for (Session socket : byUsername.getOrDefault(username, Set.of())) {
        ring(username, socket);
      }
    }
  }

  /** Sends without waiting: one stalled browser must not hold up the clock that rings the rest. */
  private void ring(String username, Session socket) {
    if (!socket.isOpen()) {
      remove(username, socket);
      return;
    }
    try {
      socket
          .getAsyncRemote()
          .sendText(
              RING,
              result -> {
                if (!result.isOK()) {
                  LOG.log(Level.FINE, "A desk socket did not take its ring", result.getException());
                  remove(username, socket);
                }
              });
    } catch (IllegalStateException closedMeanwhile) {
      remove(username, socket);
    }
  }
}
