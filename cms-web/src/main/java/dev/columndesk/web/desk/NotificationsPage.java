package dev.columndesk.web.desk;

import dev.columndesk.domain.notification.Notification;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.notification.NotificationLinks;
import dev.columndesk.service.notification.Notifications;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code /desk/notifications?page=N}: one's desk notifications, newest first, 20 a page, each
 * linking to the column; marking one or all read is a post that comes back to the same page.
 */
@Named
@RequestScoped
public class NotificationsPage {

  private static final int SIZE = 20;

  @Inject private Notifications notifications;
  @Inject private DeskSettings settings;
  @Inject private ExternalContext external;

  private int page;
  private Page<Notification> shown;

  @PostConstruct
  void load() {
    try {
      page =
          Math.max(
              0,
              Integer.parseInt(
                  external.getRequestParameterMap().getOrDefault("page", "0").strip()));
    } catch (NumberFormatException e) {
      page = 0;
    }
    shown = notifications.mine(new PageRequest(page, SIZE));
  }

  public void markRead(long id) throws IOException {
    try {
      notifications.markRead(id);
    } catch (NotFoundException e) {
      // someone else's or gone: nothing to mark
    }
    back();
  }

  public void markAllRead() throws IOException {
    notifications.markAllRead();
    back();
  }

  private void back() throws IOException {
    external.redirect(
        external.getRequestContextPath()
            + "/desk/notifications"
            + (page > 0 ? "?page=" + page : ""));
  }

  /** One notification as the list shows it. */
  public record Row(
      long id, String kind, String title, String actor, String when, boolean read, String link) {

    public long getId() {
      return id;
    }

    public String getKind() {
      return kind;
    }

    public String getTitle() {
      return title;
    }

    public String getActor() {
      return actor;
    }

    public String getWhen() {
      return when;
    }

    public boolean isRead() {
      return read;
    }

    public String getLink() {
      return link;
    }
  }

  public List<Row> getRows() {
    return shown.items().stream()
        .map(
            n ->
                new Row(
                    n.getId(),
                    n.getKind().name(),
                    n.getColumnTitle(),
                    n.getActor(),
                    settings.format(n.getCreatedAt()),
                    n.isRead(),
                    external.getRequestContextPath() + NotificationLinks.path(n)))
        .toList();
  }

  public long getTotal() {
    return shown.total();
  }

  public int getPage() {
    return page;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < shown.total();
  }

  public int getPages() {
    return (int) Math.max(1, (shown.total() + SIZE - 1) / SIZE);
  }

  /** Now, for the "as of" line. */
  public String getNow() {
    return settings.format(Instant.now());
  }
}
