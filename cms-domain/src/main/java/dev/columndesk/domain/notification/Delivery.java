package dev.columndesk.domain.notification;

/**
 * Where a notification's delivery stands. A desk notification is {@link #SENT} as soon as it is
 * stored (it is in the desk); an e-mail waits {@link #PENDING}, is claimed ({@link #SENDING}) by
 * one instance, and ends {@link #SENT} or, after its last attempt, {@link #FAILED}.
 */
public enum Delivery {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
