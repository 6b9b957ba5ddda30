package dev.columndesk.domain.account;

/**
 * What an account may do at the desk. One account may hold several roles.
 *
 * <p>The role names double as the container's security roles; {@link Names} carries them as
 * compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
  /**
   * Drafts columns, revises them and submits them for review; sees only their own unpublished work.
   */
  WRITER,
  /** Reviews, comments, requests changes or approves (never their own work); manages magazines. */
  EDITOR,
  /** Schedules approved columns, publishes now, unpublishes, sets an expiry. */
  PUBLISHER,
  /** Manages accounts and roles, reads the audit log. */
  ADMIN;

  /** The role names as constants, for annotations. */
  public static final class Names {
    public static final String WRITER = "WRITER";
    public static final String EDITOR = "EDITOR";
    public static final String PUBLISHER = "PUBLISHER";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
