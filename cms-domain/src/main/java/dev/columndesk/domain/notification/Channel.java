package dev.columndesk.domain.notification;

/** How a notification reaches its recipient. */
public enum Channel {
  /** The bell and the list in the desk. */
  DESK,
  /** An e-mail, sent after the change commits. */
  EMAIL
}
