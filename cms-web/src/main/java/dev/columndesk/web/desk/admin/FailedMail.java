package dev.columndesk.web.desk.admin;

import dev.columndesk.service.notification.Notifications;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.web.desk.DeskSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The administration page's section on e-mail notifications that could not be sent after every
 * attempt: to whom, about what, how often tried, and the last error.
 */
@Named
@RequestScoped
public class FailedMail {

  @Inject private Notifications notifications;
  @Inject private DeskSettings settings;

  private List<Row> rows = List.of();
  private long total;

  @PostConstruct
  void load() {
    if (!settings.has("ADMIN")) {
      return;
    }
    var failed = notifications.failedMail(new PageRequest(0, 20));
    total = failed.total();
    rows =
        failed.items().stream()
            .map(
                n ->
                    new Row(
                        n.getRecipient().getUsername(),
                        n.getKind().name(),
                        n.getColumnTitle(),
                        n.getColumnId(),
                        settings.format(n.getCreatedAt()),
                        n.getAttempts(),
                        n.getLastError()))
            .toList();
  }

  /** One e-mail given up. */
  public record Row(
      String recipient,
      String kind,
      String title,
      long columnId,
      String when,
      int attempts,
      String error) {
    public String getRecipient() {
      return recipient;
    }

    public String getKind() {
      return kind;
    }

    public String getTitle() {
      return title;
    }

    public long getColumnId() {
      return columnId;
    }

    public String getWhen() {
      return when;
    }

    public int getAttempts() {
      return attempts;
    }

    public String getError() {
      return error;
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public boolean isShown() {
    return settings.has("ADMIN");
  }
}
