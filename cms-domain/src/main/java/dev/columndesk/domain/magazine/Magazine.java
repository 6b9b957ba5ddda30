package dev.columndesk.domain.magazine;

import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A series of columns, such as a columnist's regular slot; its slug is its business key. */
@Entity
@Table(name = "magazine")
@NamedQuery(name = Magazine.BY_SLUG, query = "select m from Magazine m where m.slug = :slug")
@NamedQuery(name = Magazine.ALL, query = "select m from Magazine m order by m.title, m.slug")
@NamedQuery(name = Magazine.COUNT, query = "select count(m) from Magazine m")
@NamedQuery(
    name = Magazine.SLUGS_LIKE,
    query = "select m.slug from Magazine m where m.slug = :base or m.slug like :prefix")
public class Magazine {

  public static final String BY_SLUG = "Magazine.bySlug";
  public static final String ALL = "Magazine.all";
  public static final String COUNT = "Magazine.count";
  public static final String SLUGS_LIKE = "Magazine.slugsLike";

  public static final int TITLE_MAX = 100;
  public static final int DESCRIPTION_MAX = 1000;

  @Id
  @SequenceGenerator(name = "magazine_seq", sequenceName = "magazine_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "magazine_seq")
  private Long id;

  @Column(name = "slug", nullable = false, updatable = false, length = 200)
  private String slug;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "description", length = DESCRIPTION_MAX)
  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Magazine() {
    // for JPA
  }

  /** A new magazine; the caller has made the slug unique. */
  public static Magazine found(String slug, String title, String description, Instant at) {
    Magazine magazine = new Magazine();
    magazine.slug = Objects.requireNonNull(slug, "slug");
    magazine.title = checkTitle(title);
    magazine.description = checkDescription(description);
    magazine.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    return magazine;
  }

  public static String checkTitle(String title) {
    String trimmed = TextLimits.trimToNull(title);
    if (trimmed == null) {
      throw RuleViolation.invalid("title is required");
    }
    return TextLimits.atMost("title", trimmed, TITLE_MAX);
  }

  private static String checkDescription(String description) {
    return TextLimits.atMost("description", TextLimits.trimToNull(description), DESCRIPTION_MAX);
  }

  public void describe(String newTitle, String newDescription) {
    this.title = checkTitle(newTitle);
    this.description = checkDescription(newDescription);
  }

  public Long getId() {
    return id;
  }

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

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Magazine magazine && Objects.equals(slug, magazine.getSlug());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slug);
  }

  @Override
  public String toString() {
    return "Magazine[" + slug + "]";
  }
}
