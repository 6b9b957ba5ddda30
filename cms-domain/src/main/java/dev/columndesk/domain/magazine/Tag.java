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
import java.text.Normalizer;
import java.util.Objects;

/**
 * A label on columns, such as {@code 칼럼/에세이}. Tags are made on first use; the name, in composed
 * Unicode with single spaces, is the business key.
 */
@Entity
@Table(name = "tag")
@NamedQuery(name = Tag.BY_NAMES, query = "select t from Tag t where t.name in :names")
@NamedQuery(name = Tag.ALL, query = "select t from Tag t order by t.name")
@NamedQuery(name = Tag.COUNT, query = "select count(t) from Tag t")
public class Tag {

  public static final String BY_NAMES = "Tag.byNames";
  public static final String ALL = "Tag.all";
  public static final String COUNT = "Tag.count";

  public static final int NAME_MAX = 40;

  @Id
  @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
  private Long id;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  protected Tag() {
    // for JPA
  }

  public static Tag named(String name) {
    Tag tag = new Tag();
    tag.name = normalize(name);
    return tag;
  }

  /**
   * The stored form of a tag name: composed (NFC), white space collapsed to single spaces, trimmed,
   * 1 to 40 characters, no control characters.
   */
  public static String normalize(String name) {
    if (name == null) {
      throw RuleViolation.invalid("tags: a tag must not be null");
    }
    String normalized =
        Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("[\\s\\p{Z}]+", " ");
    if (normalized.isEmpty()) {
      throw RuleViolation.invalid("tags: a tag must not be empty");
    }
    if (normalized.codePoints().anyMatch(Character::isISOControl)) {
      throw RuleViolation.invalid("tags: a tag must not contain control characters");
    }
    TextLimits.readable("tags", normalized);
    if (TextLimits.length(normalized) > NAME_MAX) {
      throw RuleViolation.invalid(
          "tags: '" + normalized + "' is longer than " + NAME_MAX + " characters");
    }
    return normalized;
  }

  /**
   * Gives the tag a new name, in its stored form; the columns that carry it carry the new name.
   * Revisions keep the names they were saved with.
   */
  public void rename(String newName) {
    this.name = normalize(newName);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Tag tag && Objects.equals(name, tag.getName());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
