package dev.columndesk.domain.column;

/** The state of a column's working copy; what readers see is the separate live revision. */
public enum ColumnStatus {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED
}
