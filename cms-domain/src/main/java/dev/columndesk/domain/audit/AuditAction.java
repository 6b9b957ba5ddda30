package dev.columndesk.domain.audit;

/** What happened to a column, in the contract's words. */
public enum AuditAction {
  CREATE,
  EDIT,
  SUBMIT,
  WITHDRAW,
  APPROVE,
  REQUEST_CHANGES,
  SCHEDULE,
  UNSCHEDULE,
  PUBLISH,
  UNPUBLISH,
  RESTORE,
  COMMENT
}
