package dev.columndesk.web.desk;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.editorial.Dashboard;
import dev.columndesk.service.editorial.Dashboard.Activity;
import dev.columndesk.service.editorial.Dashboard.Shelf;
import dev.columndesk.service.editorial.Dashboard.Waiting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Backs {@code /desk/}: each role's shelf of work. Every shelf is read once per request, only when
 * the signed-in person holds the role it is for.
 */
@Named
@RequestScoped
public class DashboardPage {

  /** How many columns a shelf shows; the column list has the rest. */
  static final int SHELF = 8;

  @Inject private Dashboard dashboard;
  @Inject private DeskSettings settings;

  private Shelf<EditorialColumn> drafts;
  private Shelf<EditorialColumn> sentBack;
  private Shelf<EditorialColumn> inReview;
  private Shelf<EditorialColumn> onTheirWay;
  private Shelf<Waiting> queue;
  private Shelf<EditorialColumn> approved;
  private Shelf<EditorialColumn> scheduled;
  private List<Activity> activity;

  public boolean isWriting() {
    return settings.has("WRITER") || settings.has("EDITOR");
  }

  public Shelf<EditorialColumn> getDrafts() {
    if (drafts == null) {
      drafts = dashboard.mine(EnumSet.of(ColumnStatus.DRAFT), SHELF);
    }
    return drafts;
  }

  public Shelf<EditorialColumn> getSentBack() {
    if (sentBack == null) {
      sentBack = dashboard.mine(EnumSet.of(ColumnStatus.CHANGES_REQUESTED), SHELF);
    }
    return sentBack;
  }

  public Shelf<EditorialColumn> getInReview() {
    if (inReview == null) {
      inReview = dashboard.mine(EnumSet.of(ColumnStatus.IN_REVIEW, ColumnStatus.APPROVED), SHELF);
    }
    return inReview;
  }

  public Shelf<EditorialColumn> getOnTheirWay() {
    if (onTheirWay == null) {
      onTheirWay =
          dashboard.mine(EnumSet.of(ColumnStatus.SCHEDULED, ColumnStatus.PUBLISHED), SHELF);
    }
    return onTheirWay;
  }

  public Shelf<Waiting> getQueue() {
    if (queue == null) {
      queue = dashboard.reviewQueue(SHELF);
    }
    return queue;
  }

  public Shelf<EditorialColumn> getApproved() {
    if (approved == null) {
      approved = dashboard.approved(SHELF);
    }
    return approved;
  }

  public Shelf<EditorialColumn> getScheduled() {
    if (scheduled == null) {
      scheduled = dashboard.scheduled(SHELF);
    }
    return scheduled;
  }

  public List<Activity> getActivity() {
    if (activity == null) {
      activity = dashboard.activity(12);
    }
    return activity;
  }

  /** How long since then, as "3 h 5 min" or "2 d 4 h" in the viewer's language. */
  public String waitingSince(Instant since) {
    Duration waited = Duration.between(since, Instant.now());
    if (waited.isNegative()) {
      waited = Duration.ZERO;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (waited.toDays() > 0) {
      return MessageFormat.format(
          DeskMessages.text(faces, "dashboard.waited.days"), waited.toDays(), waited.toHoursPart());
    }
    if (waited.toHours() > 0) {
      return MessageFormat.format(
          DeskMessages.text(faces, "dashboard.waited.hours"),
          waited.toHours(),
          waited.toMinutesPart());
    }
    return MessageFormat.format(
        DeskMessages.text(faces, "dashboard.waited.minutes"), waited.toMinutes());
  }
}
