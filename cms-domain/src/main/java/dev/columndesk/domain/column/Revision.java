package dev.columndesk.domain.column;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.magazine.Magazine;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A frozen snapshot of a column's content. Every save makes one; none is ever changed or deleted,
 * so any earlier text can be read, compared and restored. Numbered 1, 2, 3… per column.
 */
@Entity
@Table(name = "revision")
@NamedQuery(
    name = Revision.OF_COLUMN,
    query = "select r from Revision r where r.column = :column order by r.number desc")
@NamedQuery(
    name = Revision.COUNT_OF_COLUMN,
    query = "select count(r) from Revision r where r.column = :column")
@NamedQuery(
    name = Revision.BY_NUMBER,
    query = "select r from Revision r where r.column = :column and r.number = :number")
public class Revision {

  public static final String OF_COLUMN = "Revision.ofColumn";
  public static final String COUNT_OF_COLUMN = "Revision.countOfColumn";
  public static final String BY_NUMBER = "Revision.byNumber";

  @Id
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "column_id", nullable = false, updatable = false)
  private EditorialColumn column;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private RevisionKind kind;

  @Column(name = "title", nullable = false, updatable = false, length = ColumnContent.TITLE_MAX)
  private String title;

  @Column(name = "subtitle", updatable = false, length = ColumnContent.SUBTITLE_MAX)
  private String subtitle;

  @Column(name = "summary", updatable = false, length = ColumnContent.SUMMARY_MAX)
  private String summary;

  @Column(name = "body", nullable = false, updatable = false, length = ColumnContent.BODY_MAX_BYTES)
  private String body;

  @Convert(converter = TagListConverter.class)
  @Column(name = "tags", updatable = false, length = 1000)
  private List<String> tags;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "magazine_id", updatable = false)
  private Magazine magazine;

  @Column(name = "cover", updatable = false, length = 80)
  private String cover;

  @Column(name = "restored_from", updatable = false)
  private Integer restoredFrom;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by", nullable = false, updatable = false)
  private Account createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Revision() {
    // for JPA
  }

  /** The snapshot of {@code column}'s working copy as it is now; called by the column itself. */
  static Revision snapshot(
      EditorialColumn column, RevisionKind kind, Integer restoredFrom, Account by, Instant at) {
    Revision revision = new Revision();
    revision.column = column;
    revision.number = column.getRevision();
    revision.kind = kind;
    revision.title = column.getTitle();
    revision.subtitle = column.getSubtitle();
    revision.summary = column.getSummary();
    revision.body = column.getBody();
    revision.tags = List.copyOf(column.getTagNames());
    revision.magazine = column.getMagazine();
    revision.cover = column.getCover();
    revision.restoredFrom = restoredFrom;
    revision.createdBy = Objects.requireNonNull(by, "by");
    revision.createdAt = at;
    return revision;
  }

  public Long getId() {
    return id;
  }

  public EditorialColumn getColumn() {
    return column;
  }

  public int getNumber() {
    return number;
  }

  public RevisionKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public List<String> getTags() {
    return tags == null ? List.of() : List.copyOf(tags);
  }

  public Magazine getMagazine() {
    return magazine;
  }

  /** The cover image's media name this revision had, or {@code null}. */
  public String getCover() {
    return cover;
  }

  public Integer getRestoredFrom() {
    return restoredFrom;
  }

  public Account getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Revision revision && id != null && Objects.equals(id, revision.getId());
  }

  @Override
  public int hashCode() {
    return Revision.class.hashCode();
  }

  @Override
  public String toString() {
    return "Revision[" + number + " " + kind + "]";
  }
}
