package dev.columndesk.service.editorial;

import dev.columndesk.service.error.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The order of a list of columns: one of a few known fields, ascending or descending, and then by
 * id in the same direction, so that rows with equal values keep one order from page to page. Only
 * the fields named here are ever put into a query; anything else is refused.
 *
 * @param field what the list is ordered by
 * @param descending whether the largest (latest, last in the alphabet) comes first
 */
public record ColumnSort(Field field, boolean descending) {

  /** Most recently changed first: the order of every list that asks for none. */
  public static final ColumnSort DEFAULT = new ColumnSort(Field.UPDATED, true);

  /** The fields a list may be ordered by, with the name the API and the desk use for each. */
  public enum Field {
    TITLE("title", "c.title"),
    STATUS("status", "c.status"),
    AUTHOR("author", "a.displayName"),
    MAGAZINE("magazine", "m.title"),
    UPDATED("updated", "c.updatedAt"),
    PUBLISH_AT("publishAt", "c.publishAt");

    private final String key;
    private final String path;

    Field(String key, String path) {
      this.key = key;
      this.path = path;
    }

    /** The name in {@code ?sort=}: {@code title}, {@code publishAt}… */
    public String key() {
      return key;
    }

    static Field of(String key) {
      for (Field field : values()) {
        if (field.key.equalsIgnoreCase(key)) {
          return field;
        }
      }
      throw new InvalidInputException(
          "sort: '"
              + key
              + "' is not a field to sort by (one of "
              + Arrays.stream(values()).map(Field::key).collect(Collectors.joining(", "))
              + ", each optionally preceded by '-' for descending)");
    }
  }

  public ColumnSort {
    if (field == null) {
      throw new InvalidInputException("sort: name a field to sort by, such as title");
    }
  }

  /**
   * From {@code ?sort=}: a field's name for ascending, with a leading {@code -} for descending
   * ({@code title}, {@code -updated}); empty means {@link #DEFAULT}.
   */
  public static ColumnSort of(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String key = text.strip();
    boolean descending = key.startsWith("-");
    if (descending || key.startsWith("+")) {
      key = key.substring(1).strip();
    }
    return new ColumnSort(Field.of(key), descending);
  }

  /** As {@code ?sort=} writes it: {@code title}, {@code -updated}. */
  public String key() {
    return (descending ? "-" : "") + field.key();
  }

  /**
   * The query's order by clause, over the aliases {@code c} (the column), {@code a} (its author)
   * and {@code m} (its magazine, left-joined). Columns without a schedule come last either way.
   *
   * <p>{@code byWords}: the list is filtered by words. Titles that hold the same words sit together
   * in title order, so the database, walking the title index and expecting them spread evenly, read
   * 60,000 titles before the first match at 100,000 columns (bench/scale.sh). Ordered by
   * trim(title), the same order (titles are stored trimmed) that no index serves, it takes the
   * matches from the words' trigram index and sorts them.
   */
  String orderBy(boolean byWords) {
    String direction = descending ? " desc" : " asc";
    String nulls = field == Field.PUBLISH_AT || field == Field.MAGAZINE ? " nulls last" : "";
    String path = byWords && field == Field.TITLE ? "trim(c.title)" : field.path;
    return " order by " + path + direction + nulls + ", c.id" + direction;
  }

  /** Whether the query must join the column's magazine to order by it. */
  boolean needsMagazine() {
    return field == Field.MAGAZINE;
  }

  /** Whether the query must join the column's author to order by them. */
  boolean needsAuthor() {
    return field == Field.AUTHOR;
  }
}
