package dev.columndesk.web.api.column;

import dev.columndesk.domain.notification.Notification;
import dev.columndesk.service.notification.Notifications;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * {@code /api/v1/columns/{id}/notifications}: who was told of each step of a column, by which
 * channel, and whether it reached them (editors and administrators).
 */
@Path("columns/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject private Notifications notifications;

  /** In the order they were told. */
  @GET
  public Page<NotificationView> list(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return notifications.ofColumn(id, PageParameters.of(page, size)).map(NotificationView::of);
  }

  /**
   * A notification as the API shows it.
   *
   * @param id the notification
   * @param recipient the username told
   * @param channel {@code DESK} or {@code EMAIL}
   * @param kind what it told, such as {@code SUBMITTED}
   * @param column the column
   * @param action the audit action of the step it told of, or {@code null} for an alert
   * @param stepAt when that step happened
   * @param dueAt for an alert, when the publication was due
   * @param status {@code PENDING}, {@code SENDING}, {@code SENT} or {@code FAILED}
   * @param createdAt when it was stored
   * @param sentAt when it reached the desk or the mail server
   * @param readAt when the recipient marked it read in the desk
   * @param attempts how many times an e-mail was tried and failed
   * @param error the last failure's message
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "recipient",
    "channel",
    "kind",
    "column",
    "action",
    "stepAt",
    "dueAt",
    "status",
    "createdAt",
    "sentAt",
    "readAt",
    "attempts",
    "error"
  })
  public record NotificationView(
      long id,
      String recipient,
      String channel,
      String kind,
      long column,
      String action,
      Instant stepAt,
      Instant dueAt,
      String status,
      Instant createdAt,
      Instant sentAt,
      Instant readAt,
      int attempts,
      String error) {

    public static NotificationView of(Notification n) {
      return new NotificationView(
          n.getId(),
          n.getRecipient().getUsername(),
          n.getChannel().name(),
          n.getKind().name(),
          n.getColumnId(),
          n.getStepAction() == null ? null : n.getStepAction().name(),
          n.getStepAt(),
          n.getDueAt(),
          n.getStatus().name(),
          n.getCreatedAt(),
          n.getSentAt(),
          n.getReadAt(),
          n.getAttempts(),
          n.getLastError());
    }
  }
}
