package dev.columndesk.web.desk;

import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.service.error.CmsException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.publishing.CalendarEntry;
import dev.columndesk.service.publishing.PublishingService;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * Backs {@code /desk/calendar}, the publisher's calendar: scheduled columns at their time, live
 * ones at the time they went live, all in the publisher's own time zone. Every change goes through
 * {@link PublishingService} with the version the page showed, so a change made meanwhile by someone
 * else is reported, never overwritten; the calendar then reloads what is stored.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long an event looks on the calendar; a publication is an instant. */
  private static final Duration SHOWN_FOR = Duration.ofMinutes(30);

  /** When a column dropped on a day in the month view goes live, in the publisher's zone. */
  static final LocalTime DROPPED_ON_A_DAY = LocalTime.of(9, 0);

  /** How many approved columns the side list offers. */
  private static final int AWAITING_SHOWN = 100;

  @Inject private PublishingService publishing;
  @Inject private DeskSettings settings;

  private final LazyScheduleModel model = new CalendarModel();
  private String view = "dayGridMonth";
  private List<CalendarEntry> awaiting;
  private CalendarEntry selected;
  private Long awaitingColumn;
  private String column;
  private LocalDateTime scheduleAt;
  private LocalDateTime rescheduleAt;
  private LocalDateTime expiryAt;

  /** Everyone but publishers gets the page's refusal with a 403; the services refuse them too. */
  public void refuseOthers() {
    if (!settings.has("PUBLISHER")) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    }
  }

  /** Loads only the range the calendar shows, from the database. */
  private final class CalendarModel extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      ZoneId zone = zone();
      for (CalendarEntry entry :
          publishing.calendar(start.atZone(zone).toInstant(), end.atZone(zone).toInstant())) {
        LocalDateTime at = LocalDateTime.ofInstant(entry.getAt(), zone);
        addEvent(
            DefaultScheduleEvent.<CalendarEntry>builder()
                .id(String.valueOf(entry.getId()))
                .title(entry.getTitle())
                .startDate(at)
                .endDate(at.plus(SHOWN_FOR))
                .styleClass(
                    (entry.isScheduled() ? "cal-scheduled" : "cal-published")
                        + " cal-col-"
                        + entry.getId())
                .draggable(entry.isScheduled())
                .resizable(false)
                .data(entry)
                .build());
      }
    }
  }

  // --- what the calendar reports -----------------------------------------------------------------

  public void onEventSelect(SelectEvent<ScheduleEvent<CalendarEntry>> event) {
    select(event.getObject().getData());
  }

  /** A dragged event: the same move in the publisher's zone, its expiry moved along with it. */
  public void onEventMove(ScheduleEntryMoveEvent event) {
    CalendarEntry entry = (CalendarEntry) event.getScheduleEvent().getData();
    if (!entry.isScheduled()) {
      error("calendar.liveCannotMove", null);
      return;
    }
    Instant to = event.getScheduleEvent().getStartDate().atZone(zone()).toInstant();
    Instant expiry =
        entry.getUnpublishAt() == null
            ? null
            : entry.getUnpublishAt().plus(Duration.between(entry.getAt(), to));
    if (inFuture(to)) {
      change(
          "calendar.rescheduled",
          () -> publishing.schedule(entry.getId(), entry.getVersion(), to, expiry));
    }
  }

  // --- the side list: approved columns waiting for a time ---------------------------------------

  /**
   * A column dragged from the side list onto the calendar: onto a time in the week view, or onto a
   * day in the month view, where it goes live at {@link #DROPPED_ON_A_DAY}.
   */
  public void onDrop() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    CalendarEntry entry = awaiting(parseId(params.get("columnId")));
    Instant at = dropped(params.get("at"));
    if (entry == null) {
      error("calendar.pickColumn", null);
    } else if (at == null) {
      error("calendar.timeInvalid", null);
    } else if (inFuture(at)) {
      change(
          "calendar.scheduled",
          () -> publishing.schedule(entry.getId(), entry.getVersion(), at, null));
    }
  }

  private Instant dropped(String at) {
    try {
      if (at != null && at.length() == 10) {
        return LocalDate.parse(at).atTime(DROPPED_ON_A_DAY).atZone(zone()).toInstant();
      }
      return at == null ? null : OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Long parseId(String id) {
    try {
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private CalendarEntry awaiting(Long id) {
    return getAwaiting().stream()
        .filter(candidate -> id != null && candidate.getId() == id)
        .findFirst()
        .orElse(null);
  }

  public void scheduleAwaiting() {
    CalendarEntry entry = awaiting(awaitingColumn);
    if (entry == null) {
      error("calendar.pickColumn", null);
    } else if (scheduleAt == null) {
      error("calendar.timeRequired", null);
    } else if (inFuture(instant(scheduleAt))) {
      change(
          "calendar.scheduled",
          () -> publishing.schedule(entry.getId(), entry.getVersion(), instant(scheduleAt), null));
    }
  }

  // --- the dialog of one event
  // ---------------------------------------------------------------------

  public void publishNow() {
    change(
        "calendar.publishedNow", () -> publishing.publish(selected.getId(), selected.getVersion()));
  }

  public void unschedule() {
    change(
        "calendar.unscheduled",
        () -> publishing.unschedule(selected.getId(), selected.getVersion()));
  }

  public void unpublish() {
    change(
        "calendar.unpublished",
        () -> publishing.unpublish(selected.getId(), selected.getVersion()));
  }

  public void reschedule() {
    if (rescheduleAt == null) {
      error("calendar.timeRequired", null);
    } else if (inFuture(instant(rescheduleAt))) {
      change(
          "calendar.rescheduled",
          () ->
              publishing.schedule(
                  selected.getId(),
                  selected.getVersion(),
                  instant(rescheduleAt),
                  selected.getUnpublishAt()));
    }
  }

  public void saveExpiry() {
    if (expiryAt == null) {
      error("calendar.timeRequired", null);
    } else if (inFuture(instant(expiryAt))) {
      expire(instant(expiryAt), "calendar.expirySet");
    }
  }

  public void clearExpiry() {
    expire(null, "calendar.expiryCleared");
  }

  private void expire(Instant at, String done) {
    change(
        done,
        () ->
            selected.isScheduled()
                ? publishing.schedule(selected.getId(), selected.getVersion(), selected.getAt(), at)
                : publishing.expire(selected.getId(), selected.getVersion(), at));
  }

  // --- helpers
  // -------------------------------------------------------------------------------------

  /**
   * Makes one change through the service, says how it went, and has the page reload the calendar
   * either way: a refused move goes back to where it is stored.
   */
  private void change(String done, Supplier<EditorialColumn> action) {
    try {
      EditorialColumn changed = action.get();
      awaiting = null;
      if (selected != null && selected.getId() == changed.getId()) {
        selected = null;
      }
      message(FacesMessage.SEVERITY_INFO, done, changed.getTitle());
      PrimeFaces.current().ajax().addCallbackParam("changed", true);
    } catch (StaleVersionException e) {
      error("calendar.stale", null);
    } catch (CmsException e) {
      error("calendar.refused", e.getMessage());
    } catch (EJBAccessException e) {
      error("calendar.forbidden", null);
    }
  }

  private boolean inFuture(Instant at) {
    if (at.isAfter(Instant.now())) {
      return true;
    }
    error("calendar.past", null);
    return false;
  }

  private void select(CalendarEntry entry) {
    selected = entry;
    ZoneId zone = zone();
    rescheduleAt = entry.isScheduled() ? LocalDateTime.ofInstant(entry.getAt(), zone) : null;
    expiryAt =
        entry.getUnpublishAt() == null
            ? null
            : LocalDateTime.ofInstant(entry.getUnpublishAt(), zone);
  }

  private Instant instant(LocalDateTime at) {
    return at.atZone(zone()).toInstant();
  }

  private ZoneId zone() {
    return settings.getZone();
  }

  private void error(String key, String detail) {
    message(FacesMessage.SEVERITY_ERROR, key, detail);
  }

  private static void message(FacesMessage.Severity severity, String key, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = DeskMessages.text(faces, key);
    faces.addMessage(
        null,
        new FacesMessage(
            severity, detail == null ? text : MessageFormat.format(text, detail), detail));
  }

  // --- for the view
  // --------------------------------------------------------------------------------

  public ScheduleModel getModel() {
    return model;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  /**
   * The approved columns offered beside the calendar: those that have waited longest, and first the
   * one the address names ({@code ?column=}, the dashboard's "schedule" link), picked already,
   * however many wait before it.
   */
  public List<CalendarEntry> getAwaiting() {
    if (awaiting == null) {
      List<CalendarEntry> offered = new ArrayList<>(publishing.awaitingSchedule(AWAITING_SHOWN));
      Long named = parseId(column);
      if (named != null) {
        offered.removeIf(entry -> entry.getId() == named);
        publishing
            .awaiting(named)
            .ifPresent(
                entry -> {
                  offered.add(0, entry);
                  if (awaitingColumn == null) {
                    awaitingColumn = named;
                  }
                });
      }
      awaiting = offered;
    }
    return awaiting;
  }

  /** The approved column the address names, {@code ?column=<id>}; anything else is ignored. */
  public String getColumn() {
    return column;
  }

  public void setColumn(String column) {
    this.column = column;
  }

  public CalendarEntry getSelected() {
    return selected;
  }

  public Long getAwaitingColumn() {
    return awaitingColumn;
  }

  public void setAwaitingColumn(Long awaitingColumn) {
    this.awaitingColumn = awaitingColumn;
  }

  public LocalDateTime getScheduleAt() {
    return scheduleAt;
  }

  public void setScheduleAt(LocalDateTime scheduleAt) {
    this.scheduleAt = scheduleAt;
  }

  public LocalDateTime getRescheduleAt() {
    return rescheduleAt;
  }

  public void setRescheduleAt(LocalDateTime rescheduleAt) {
    this.rescheduleAt = rescheduleAt;
  }

  public LocalDateTime getExpiryAt() {
    return expiryAt;
  }

  public void setExpiryAt(LocalDateTime expiryAt) {
    this.expiryAt = expiryAt;
  }
}
