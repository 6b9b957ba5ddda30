package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.audit.AuditEvent;
import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the desk's log shows it. */
public record AuditRow(
    long id,
    Instant at,
    String actor,
    String action,
    Long columnId,
    String from,
    String to,
    String comment)
    implements Serializable {

  static AuditRow of(AuditEvent event) {
    return new AuditRow(
        event.getId(),
        event.getAt(),
        event.getActor(),
        event.getAction().name(),
        event.getColumnId(),
        event.getFrom() == null ? null : event.getFrom().name(),
        event.getTo() == null ? null : event.getTo().name(),
        event.getComment());
  }

  // Bean getters: Faces 4.0's Expression Language reads properties, not record components.

  public long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public Long getColumnId() {
    return columnId;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public String getComment() {
    return comment;
  }
}
