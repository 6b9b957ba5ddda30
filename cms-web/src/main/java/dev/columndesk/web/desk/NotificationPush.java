package dev.columndesk.web.desk;

import dev.columndesk.service.notification.DeskNotified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Rings the bells of open desk pages through Faces' WebSocket ({@code f:websocket}, channel {@value
 * #CHANNEL}, one per person): the page then renders its bell again. The notification clock of every
 * instance reports new desk notifications from the database, so a person's page hears of a change
 * wherever it happened; pages without a socket ask again every 30 s ({@code p:poll}).
 */
@ApplicationScoped
public class NotificationPush {

  /** The socket channel in the desk template. */
  public static final String CHANNEL = "deskNotifications";

  /** The message the template's {@code f:ajax event} answers to. */
  public static final String RING = "ring";

  @Inject
  @Push(channel = CHANNEL)
  private PushContext sockets;

  void ring(@Observes DeskNotified notified) {
    sockets.send(RING, notified.usernames());
  }
}
