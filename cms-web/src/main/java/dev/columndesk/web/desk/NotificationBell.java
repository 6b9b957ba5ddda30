package dev.columndesk.web.desk;

import dev.columndesk.service.notification.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in every desk page's header: how many of one's notifications are unread. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject private Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }
}
