package dev.columndesk.web.desk;

import dev.columndesk.domain.notification.Notification;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.notification.Notifications;
import dev.columndesk.service.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history page's "who was told": for each step of the column (its action and time), every
 * notification stored with it, to whom, by which channel, and how it went. Editors and
 * administrators see it, as they read the audit log.
 */
@Named
@RequestScoped
public class ColumnNotifications {

  /** The most notifications the page lists; the API pages through all of them. */
  private static final int LIMIT = PageRequest.MAX_SIZE;

  @Inject private Notifications notifications;
  @Inject private DeskSettings settings;
  @Inject private ExternalContext external;

  private final List<Step> steps = new ArrayList<>();

  @PostConstruct
  void load() {
    if (!settings.has("EDITOR") && !settings.has("ADMIN")) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(external.getRequestParameterMap().getOrDefault("id", "").strip());
    } catch (NumberFormatException e) {
      return;
    }
    List<Notification> told;
    try {
      told = notifications.ofColumn(id, new PageRequest(0, LIMIT)).items();
    } catch (CmsException e) {
      return;
    }
    Map<String, Step> byStep = new LinkedHashMap<>();
    for (Notification n : told) {
      String action = n.getStepAction() == null ? n.getKind().name() : n.getStepAction().name();
      String when = settings.format(n.getStepAt() == null ? n.getDueAt() : n.getStepAt());
      byStep
          .computeIfAbsent(
              action + "|" + when + "|" + n.getActor(),
              key -> new Step(action, when, n.getActor(), new ArrayList<>()))
          .told()
          .add(
              new Told(
                  n.getRecipient().getUsername(),
                  n.getChannel().name(),
                  n.getKind().name(),
                  n.getStatus().name(),
                  n.isRead(),
                  n.getLastError()));
    }
    steps.addAll(byStep.values());
  }

  /** One step and who was told of it. */
  public record Step(String action, String when, String actor, List<Told> told) {
    public String getAction() {
      return action;
    }

    public String getWhen() {
      return when;
    }

    public String getActor() {
      return actor;
    }

    public List<Told> getTold() {
      return told;
    }
  }

  /** One person told through one channel. */
  public record Told(
      String recipient, String channel, String kind, String status, boolean read, String error) {
    public String getRecipient() {
      return recipient;
    }

    public String getChannel() {
      return channel;
    }

    public String getKind() {
      return kind;
    }

    public String getStatus() {
      return status;
    }

    public boolean isRead() {
      return read;
    }

    public String getError() {
      return error;
    }
  }

  public List<Step> getSteps() {
    return steps;
  }

  public boolean isShown() {
    return settings.has("EDITOR") || settings.has("ADMIN");
  }
}
