package dev.columndesk.domain.audit;

import dev.columndesk.domain.column.ColumnStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which column, when, from which status to which, with
 * the comment. Events are only ever appended: every field is written once.
 *
 * <p>The actor is kept as a username rather than a link to the account, so the log reads the same
 * whatever happens to accounts later; {@value #SCHEDULER} stands for the scheduler.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The actor of what the scheduler does. */
  public static final String SCHEDULER = "scheduler";

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, updatable = false, length = 32)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 20)
  private AuditAction action;

  @Column(name = "column_id", updatable = false)
  private Long columnId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private ColumnStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false, length = 20)
  private ColumnStatus to;

  @Column(name = "revision", updatable = false)
  private Integer revision;

  @Column(name = "comment", updatable = false, length = 5000)
  private String comment;

  @Column(name = "due_at", updatable = false)
  private Instant dueAt;

  protected AuditEvent() {
    // for JPA
  }

  /**
   * Records an event.
   *
   * @param dueAt for the scheduler's work, when it was due; otherwise {@code null}
   */
  public static AuditEvent record(
      Instant at,
      String actor,
      AuditAction action,
      Long columnId,
      ColumnStatus from,
      ColumnStatus to,
      Integer revision,
      String comment,
      Instant dueAt) {
    AuditEvent event = new AuditEvent();
    event.at = at.truncatedTo(ChronoUnit.MICROS);
    event.actor = Objects.requireNonNull(actor, "actor");
    event.action = Objects.requireNonNull(action, "action");
    event.columnId = columnId;
    event.from = from;
    event.to = to;
    event.revision = revision;
    event.comment = comment;
    event.dueAt = dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MICROS);
    return event;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public Long getColumnId() {
    return columnId;
  }

  public ColumnStatus getFrom() {
    return from;
  }

  public ColumnStatus getTo() {
    return to;
  }

  public Integer getRevision() {
    return revision;
  }

  public String getComment() {
    return comment;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof AuditEvent event && id != null && Objects.equals(id, event.getId());
  }

  @Override
  public int hashCode() {
    return AuditEvent.class.hashCode();
  }
}
