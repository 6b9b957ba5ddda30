package dev.columndesk.web.desk.admin;

import dev.columndesk.domain.magazine.Magazine;
import java.io.Serializable;
import java.time.Instant;

/** One magazine as the list shows it. */
public record MagazineRow(String slug, String title, String description, Instant createdAt)
    implements Serializable {

  static MagazineRow of(Magazine magazine) {
    return new MagazineRow(
        magazine.getSlug(),
        magazine.getTitle(),
        magazine.getDescription(),
        magazine.getCreatedAt());
  }

  // Bean getters: Faces 4.0's Expression Language reads properties, not record components.

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
