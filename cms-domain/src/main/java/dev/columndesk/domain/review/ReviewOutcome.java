package dev.columndesk.domain.review;

/** How a round of review ended, or that it has not yet. */
public enum ReviewOutcome {
  PENDING,
  APPROVED,
  CHANGES_REQUESTED,
  WITHDRAWN
}
