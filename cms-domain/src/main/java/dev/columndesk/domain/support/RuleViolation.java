package dev.columndesk.domain.support;

/**
 * A rule of the domain refused an action. The domain stays free of EJB and HTTP, so it only says
 * what kind of rule was broken; the service layer turns each kind into its own failure.
 */
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which kind of rule was broken. */
  public enum Kind {
    /** The input breaks a limit or a format. */
    INVALID,
    /** The person may not do this to this column. */
    FORBIDDEN,
    /** The action does not fit the column's current state. */
    CONFLICT
  }

  private final Kind kind;

  public RuleViolation(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static RuleViolation invalid(String message) {
    return new RuleViolation(Kind.INVALID, message);
  }

  public static RuleViolation forbidden(String message) {
    return new RuleViolation(Kind.FORBIDDEN, message);
  }

  public static RuleViolation conflict(String message) {
    return new RuleViolation(Kind.CONFLICT, message);
  }

  public Kind kind() {
    return kind;
  }
}
