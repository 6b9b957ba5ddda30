package dev.columndesk.domain.notification;

/** What a notification tells. Each person may mute any kind, per channel. */
public enum NotificationKind {
  /** A column was submitted for review: its editors. */
  SUBMITTED,
  /** An editor sent the column back: its author. */
  CHANGES_REQUESTED,
  /** Someone commented on the column: its author. */
  COMMENTED,
  /** An editor approved the column: its author and the publishers. */
  APPROVED,
  /** A publisher put the column on the calendar: its author. */
  SCHEDULED,
  /** The column went live: its author. */
  PUBLISHED,
  /** The column was taken down: its author. */
  UNPUBLISHED,
  /** A scheduled publication is more than a poll interval late: publishers and admins. */
  PUBLICATION_LATE,
  /** A scheduled publication failed: publishers and admins. */
  PUBLICATION_FAILED
}
