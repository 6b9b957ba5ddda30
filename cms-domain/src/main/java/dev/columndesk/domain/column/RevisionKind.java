package dev.columndesk.domain.column;

/** How a revision came to be. */
public enum RevisionKind {
  /** The first content of a new column. */
  CREATE,
  /** A save by a person. */
  EDIT,
  /** A save the editor made on its own while the person typed; audited as nothing. */
  AUTOSAVE,
  /** An earlier revision's content, saved again as the newest. */
  RESTORE
}
