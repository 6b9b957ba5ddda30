package dev.columndesk.web.api.audit;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.service.audit.AuditLog;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.web.api.Instants;
import dev.columndesk.web.api.PageParameters;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /api/v1/audit?column=&actor=&action=&since=&until=}: the audit log, oldest first, for
 * editors and administrators.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditLog log;

  @GET
  public Page<EventView> read(
      @QueryParam("column") String column,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AuditLog.AuditFilter filter =
        new AuditLog.AuditFilter(
            columnId(column),
            actor(actor),
            action(action),
            Instants.parse("since", since),
            Instants.parse("until", until));
    return log.read(filter, PageParameters.of(page, size)).map(EventView::of);
  }

  private static String actor(String actor) {
    if (actor == null || actor.isBlank()) {
      return null;
    }
    if (!Account.isValidUsername(actor.strip())) { // "scheduler" is one too
      throw new InvalidInputException(
          "actor must be a username such as writer, or scheduler (was '" + actor.strip() + "')");
    }
    return actor.strip();
  }

  private static Long columnId(String column) {
    if (column == null || column.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(column.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "column must be a column id such as 42 (was '" + column + "')");
    }
  }

  private static AuditAction action(String action) {
    if (action == null || action.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "action: '"
              + action
              + "' is not an action (one of "
              + Arrays.toString(AuditAction.values())
              + ")");
    }
  }

  /**
   * One audit event.
   *
   * @param at when it happened
   * @param actor the username, or {@code scheduler}
   * @param action what happened
   * @param column the column's id
   * @param from the status before
   * @param to the status after
   * @param comment the words that went with it
   * @param revision the revision made or released
   * @param dueAt for the scheduler's work, when it was due
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "at",
    "actor",
    "action",
    "column",
    "from",
    "to",
    "comment",
    "revision",
    "dueAt"
  })
  public record EventView(
      Instant at,
      String actor,
      String action,
      Long column,
      String from,
      String to,
      String comment,
      Integer revision,
      Instant dueAt) {

    static EventView of(AuditEvent event) {
      return new EventView(
          event.getAt(),
          event.getActor(),
          event.getAction().name(),
          event.getColumnId(),
          event.getFrom() == null ? null : event.getFrom().name(),
          event.getTo() == null ? null : event.getTo().name(),
          event.getComment(),
          event.getRevision(),
          event.getDueAt());
    }
  }
}
