package dev.columndesk.domain.notification;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.audit.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One person told of one step of a column's life through one channel: the record of who was told,
 * and for e-mail the outbox entry its sender works from.
 *
 * <p>Everything about the step is written once, with the change; afterwards only the delivery moves
 * on (sent, read, retried, failed). The title and the actor are copied, so the record reads the
 * same after the column is renamed.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public static final int ERROR_MAX = 2000;

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Account recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 8)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 24)
  private NotificationKind kind;

  @Column(name = "column_id", nullable = false, updatable = false)
  private long columnId;

  @Column(name = "column_title", nullable = false, updatable = false, length = 400)
  private String columnTitle;

  @Column(name = "actor", nullable = false, updatable = false, length = 32)
  private String actor;

  /** The audit step this tells of (its action and time), or none for an alert. */
  @Enumerated(EnumType.STRING)
  @Column(name = "step_action", updatable = false, length = 20)
  private AuditAction stepAction;

  @Column(name = "step_at", updatable = false)
  private Instant stepAt;

  /** For an alert, when the publication was due. */
  @Column(name = "due_at", updatable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private Delivery status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  /** Makes an alert unique across instances; {@code null} for everything else. */
  @Column(name = "once_key", updatable = false, length = 200)
  private String onceKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Notification() {
    // for JPA
  }

  /**
   * Tells {@code recipient} of a step through {@code channel}: a desk notification is delivered at
   * once, an e-mail is due for sending at {@code at}.
   */
  public static Notification tell(
      Account recipient,
      Channel channel,
      NotificationKind kind,
      long columnId,
      String columnTitle,
      String actor,
      AuditAction stepAction,
      Instant stepAt,
      Instant at) {
    Notification n = new Notification();
    n.recipient = Objects.requireNonNull(recipient, "recipient");
    n.channel = Objects.requireNonNull(channel, "channel");
    n.kind = Objects.requireNonNull(kind, "kind");
    n.columnId = columnId;
    n.columnTitle = Objects.requireNonNull(columnTitle, "columnTitle");
    n.actor = Objects.requireNonNull(actor, "actor");
    n.stepAction = stepAction;
    n.stepAt = stepAt == null ? null : micros(stepAt);
    n.createdAt = micros(at);
    if (channel == Channel.DESK) {
      n.status = Delivery.SENT;
      n.sentAt = n.createdAt;
    } else {
      n.status = Delivery.PENDING;
      n.nextAttemptAt = n.createdAt;
    }
    return n;
  }

  /** Makes this an alert about the publication due at {@code due}, sent once per person. */
  public Notification once(Instant due) {
    this.dueAt = due == null ? null : micros(due);
    this.onceKey =
        kind
            + ":"
            + columnId
            + ":"
            + (due == null ? "-" : due.toEpochMilli())
            + ":"
            + recipient.getUsername()
            + ":"
            + channel;
    return this;
  }

  /** The desk's reader has seen it; a second read changes nothing. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = micros(at);
    }
  }

  /** The e-mail went out. */
  public void sent(Instant at) {
    status = Delivery.SENT;
    sentAt = micros(at);
    nextAttemptAt = null;
    lastError = null;
  }

  /**
   * An attempt to send failed: the next one waits {@code backoff} doubled for every attempt so far,
   * and after {@code maxAttempts} the e-mail is given up as {@link Delivery#FAILED}.
   */
  public void attemptFailed(String error, Instant at, Duration backoff, int maxAttempts) {
    attempts++;
    lastError = error == null ? "unknown error" : clip(error);
    if (attempts >= maxAttempts) {
      status = Delivery.FAILED;
      nextAttemptAt = null;
    } else {
      status = Delivery.PENDING;
      nextAttemptAt = micros(at.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20))));
    }
  }

  private static String clip(String text) {
    return text.length() > ERROR_MAX ? text.substring(0, ERROR_MAX - 1) + "…" : text;
  }

  private static Instant micros(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public Account getRecipient() {
    return recipient;
  }

  public Channel getChannel() {
    return channel;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public long getColumnId() {
    return columnId;
  }

  public String getColumnTitle() {
    return columnTitle;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getStepAction() {
    return stepAction;
  }

  public Instant getStepAt() {
    return stepAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Delivery getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Notification that && id != null && id.equals(that.getId());
  }

  @Override
  public int hashCode() {
    return Notification.class.hashCode();
  }

  @Override
  public String toString() {
    return "Notification[" + id + " " + kind + " " + channel + " " + status + "]";
  }
}
