package dev.columndesk.service.editorial;

import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.TextLimits;
import dev.columndesk.service.error.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which columns a list shows; every field left {@code null} does not narrow it.
 *
 * @param statuses one or more statuses
 * @param author an author's username
 * @param magazine a magazine's slug
 * @param tag a tag's name
 * @param text words in the title, subtitle or summary
 */
public record ColumnQuery(
    Set<ColumnStatus> statuses, String author, String magazine, String tag, String text) {

  public static final ColumnQuery ALL = new ColumnQuery(null, null, null, null, null);

  /** From query parameters: {@code status} may list several, separated by commas. */
  public static ColumnQuery of(
      String status, String author, String magazine, String tag, String text) {
    return new ColumnQuery(
        statuses(status),
        words("author", author),
        words("magazine", magazine),
        words("tag", tag),
        words("q", text));
  }

  /**
   * A filter's text, refused when it holds what no column can (NUL, which PostgreSQL cannot even
   * compare, other control characters, half a surrogate pair).
   */
  private static String words(String parameter, String value) {
    try {
      return TextLimits.readable(parameter, TextLimits.trimToNull(value));
    } catch (RuleViolation e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static Set<ColumnStatus> statuses(String status) {
    if (TextLimits.trimToNull(status) == null) {
      return null;
    }
    Set<ColumnStatus> statuses = EnumSet.noneOf(ColumnStatus.class);
    for (String name : status.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        statuses.add(ColumnStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "status: '"
                + name.strip()
                + "' is not a status (one of "
                + Arrays.toString(ColumnStatus.values())
                + ")");
      }
    }
    if (statuses.isEmpty()) {
      throw new InvalidInputException("status: name at least one status, such as DRAFT");
    }
    return statuses;
  }
}
