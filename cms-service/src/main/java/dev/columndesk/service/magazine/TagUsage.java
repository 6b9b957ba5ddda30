package dev.columndesk.service.magazine;

import java.io.Serializable;

/**
 * A tag and how many columns carry it now (a revision's tags are its own and do not count).
 *
 * @param id the tag's id
 * @param name its stored name
 * @param columns how many columns carry it
 */
public record TagUsage(long id, String name, long columns) implements Serializable {

  // Bean getters: Faces 4.0's Expression Language reads properties, not record components.

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getColumns() {
    return columns;
  }
}
