package dev.columndesk.web.api.account;

import dev.columndesk.service.notification.Notifications;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.PageParameters;
import dev.columndesk.web.api.column.NotificationsResource.NotificationView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/me/notifications}: the caller's desk notifications, newest first, with the unread
 * count; marking them read.
 */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

  @Inject private Notifications notifications;

  @GET
  public Page<NotificationView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return notifications.mine(PageParameters.of(page, size)).map(NotificationView::of);
  }

  /** {@code {"unread": n}}: the desk's bell. */
  @GET
  @Path("unread")
  public Unread unread() {
    return new Unread(notifications.unread());
  }

  @POST
  @Path("{id}/read")
  public Response read(@PathParam("id") long id) {
    notifications.markRead(id);
    return Response.noContent().build();
  }

  @POST
  @Path("read")
  public Response readAll() {
    notifications.markAllRead();
    return Response.noContent().build();
  }

  /**
   * The unread count.
   *
   * @param unread how many desk notifications are unread
   */
  public record Unread(long unread) {}
}
