package dev.columndesk.web.api.account;

import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.notification.Notifications;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/me/notification-mutes}: the kinds of notification the caller muted, per channel.
 */
@Path("me/notification-mutes")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationMutesResource {

  @Inject private Notifications notifications;

  @GET
  public Mutes mutes() {
    return new Mutes(
        names(notifications.muted(Channel.DESK)), names(notifications.muted(Channel.EMAIL)));
  }

  /** {@code {"desk": ["COMMENTED", ...], "email": [...]}}: replaces both lists. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Mutes mute(Mutes mutes) {
    if (mutes == null) {
      throw new InvalidInputException("Send {\"desk\": [kinds], \"email\": [kinds]}");
    }
    notifications.mute(kinds(mutes.desk()), kinds(mutes.email()));
    return mutes();
  }

  /**
   * Kinds muted per channel.
   *
   * @param desk kinds not shown in the desk
   * @param email kinds not sent by e-mail
   */
  public record Mutes(List<String> desk, List<String> email) {}

  private static List<String> names(Set<NotificationKind> kinds) {
    return kinds.stream().sorted().map(Enum::name).toList();
  }

  private static Set<NotificationKind> kinds(List<String> names) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    if (names != null) {
      for (String name : names) {
        try {
          kinds.add(NotificationKind.valueOf(String.valueOf(name)));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(
              "Unknown notification kind '"
                  + name
                  + "'; kinds are "
                  + List.of(NotificationKind.values()));
        }
      }
    }
    return kinds;
  }
}
