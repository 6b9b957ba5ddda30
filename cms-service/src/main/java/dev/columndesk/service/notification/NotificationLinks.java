package dev.columndesk.service.notification;

import dev.columndesk.domain.notification.Notification;
import dev.columndesk.domain.notification.NotificationKind;

/** Where a notification leads in the desk: the page on which its recipient acts on it. */
public final class NotificationLinks {

  private NotificationLinks() {}

  /** The desk path (below the context root) for this notification. */
  public static String path(Notification notification) {
    long id = notification.getColumnId();
    NotificationKind kind = notification.getKind();
    return switch (kind) {
      case SUBMITTED -> "/desk/review?id=" + id;
      case PUBLICATION_LATE, PUBLICATION_FAILED -> "/desk/calendar";
      case APPROVED ->
          notification.getRecipient().hasRole(dev.columndesk.domain.account.Role.PUBLISHER)
                  && !notification.getRecipient().hasRole(dev.columndesk.domain.account.Role.WRITER)
              ? "/desk/calendar"
              : "/desk/edit?id=" + id;
      default -> "/desk/edit?id=" + id;
    };
  }
}
