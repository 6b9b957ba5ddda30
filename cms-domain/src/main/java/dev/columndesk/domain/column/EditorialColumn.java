package dev.columndesk.domain.column;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A column: the working copy a writer edits, its place in the editorial workflow, and which of its
 * revisions readers see.
 *
 * <p>The column decides every transition itself. Approval is bound to one revision, and publishing
 * releases exactly that revision. Editing an approved, scheduled or published column starts a new
 * draft while the live revision stays live until a newer approved one replaces it. Nobody approves
 * their own column. Each method that refuses says why with a {@link RuleViolation}.
 *
 * <p>Every method that changes the column takes the instant of the change, so the rules can be
 * tested without a clock; instants are kept to the microsecond, as the database stores them.
 */
@Entity
@Table(name = "editorial_column")
@NamedQuery(
    name = EditorialColumn.BY_SLUG,
    query = "select c from EditorialColumn c where c.slug = :slug")
@NamedQuery(
    name = EditorialColumn.SLUGS_LIKE,
    query = "select c.slug from EditorialColumn c where c.slug = :base or c.slug like :prefix")
@NamedQuery(
    name = EditorialColumn.DUE_FOR_PUBLISHING,
    query =
        "select c.id from EditorialColumn c where c.status = dev.columndesk.domain.column"
            + ".ColumnStatus.SCHEDULED and c.publishAt <= :now order by c.publishAt")
@NamedQuery(
    name = EditorialColumn.DUE_FOR_UNPUBLISHING,
    query =
        "select c.id from EditorialColumn c where c.liveRevision is not null"
            + " and c.unpublishAt <= :now order by c.unpublishAt")
public class EditorialColumn {

  public static final String BY_SLUG = "EditorialColumn.bySlug";
  public static final String SLUGS_LIKE = "EditorialColumn.slugsLike";
  public static final String DUE_FOR_PUBLISHING = "EditorialColumn.dueForPublishing";
  public static final String DUE_FOR_UNPUBLISHING = "EditorialColumn.dueForUnpublishing";

  /**
   * The latest time a schedule may name: databases and drivers disagree beyond four-digit years.
   */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  @Id
  @SequenceGenerator(name = "column_seq", sequenceName = "column_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "column_seq")
  private Long id;

  @Column(name = "slug", nullable = false, length = 200)
  private String slug;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Account author;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ColumnStatus status;

  @Column(name = "title", nullable = false, length = ColumnContent.TITLE_MAX)
  private String title;

  @Column(name = "subtitle", length = ColumnContent.SUBTITLE_MAX)
  private String subtitle;

  @Column(name = "summary", length = ColumnContent.SUMMARY_MAX)
  private String summary;

  @Column(name = "body", nullable = false, length = ColumnContent.BODY_MAX_BYTES)
  private String body;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "magazine_id")
  private Magazine magazine;

  /** The cover image's media name (see {@code MediaItem}), or {@code null}. */
  @Column(name = "cover", length = 80)
  private String cover;

  @ManyToMany
  @JoinTable(
      name = "column_tag",
      joinColumns = @JoinColumn(name = "column_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @OrderColumn(name = "position")
  private List<Tag> tags = new ArrayList<>();

  @Column(name = "current_revision", nullable = false)
  private int revision;

  @Column(name = "approved_revision")
  private Integer approvedRevision;

  @Column(name = "live_revision")
  private Integer liveRevision;

  @Column(name = "live_published_at")
  private Instant livePublishedAt;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "unpublished_at")
  private Instant unpublishedAt;

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "unpublish_at")
  private Instant unpublishAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Who changed the column last; {@code null} when it was the scheduler. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by")
  private Account updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected EditorialColumn() {
    // for JPA
  }

  /**
   * Starts a column as a draft with its first revision. The caller has made the slug unique.
   *
   * @return the first revision; its {@link Revision#getColumn() column} is the new column
   */
  public static Revision start(Account author, String slug, ColumnContent content, Instant at) {
    Objects.requireNonNull(author, "author");
    if (!author.hasRole(Role.WRITER) && !author.hasRole(Role.EDITOR)) {
      throw RuleViolation.forbidden("Only writers and editors start columns");
    }
    EditorialColumn column = new EditorialColumn();
    Instant now = micros(at);
    column.author = author;
    column.slug = Objects.requireNonNull(slug, "slug");
    column.status = ColumnStatus.DRAFT;
    column.createdAt = now;
    column.apply(content);
    column.revision = 1;
    column.touch(author, now);
    return Revision.snapshot(column, RevisionKind.CREATE, null, author, now);
  }

  // --- who may see and do what -----------------------------------------------------------------

  public boolean isAuthor(Account account) {
    return author.equals(account);
  }

  /** Whether this person sees every column, unpublished work included: the desk's staff. */
  public static boolean seesEveryColumn(Account viewer) {
    return viewer.hasRole(Role.EDITOR)
        || viewer.hasRole(Role.PUBLISHER)
        || viewer.hasRole(Role.ADMIN);
  }

  /** Whether this person may read the working copy: its author and the desk's staff. */
  public boolean readsWorkingCopy(Account viewer) {
    return isAuthor(viewer) || seesEveryColumn(viewer);
  }

  /**
   * Whether the column exists at all for this person: its author and the desk's staff see it
   * always, anyone else only while it is live (and then only its live revision).
   */
  public boolean isVisibleTo(Account viewer) {
    return readsWorkingCopy(viewer) || isLive();
  }

  // --- content ---------------------------------------------------------------------------------

  /** Whether the working copy already holds exactly this content. */
  public boolean holds(ColumnContent content) {
    return title.equals(content.title())
        && Objects.equals(subtitle, content.subtitle())
        && Objects.equals(summary, content.summary())
        && body.equals(content.body())
        && Objects.equals(magazine, content.magazine())
        && getTagNames().equals(content.tagNames())
        && Objects.equals(cover, content.cover());
  }

  /**
   * Saves new content as the next revision. The author and editors may edit; while the column is in
   * review only another editor may (the author withdraws it first). Editing an approved, scheduled,
   * published or unpublished column sends it back to draft: the approval and the schedule end, and
   * what is live stays live.
   */
  public Revision edit(Account by, ColumnContent content, RevisionKind kind, Instant at) {
    return save(by, content, kind, null, at);
  }

  /**
   * Saves an earlier revision's content again as the next revision; the rules are those of edit.
   */
  public Revision restore(Account by, ColumnContent content, int restoredFrom, Instant at) {
    if (restoredFrom < 1 || restoredFrom > revision) {
      throw RuleViolation.invalid("There is no revision " + restoredFrom + " to restore");
    }
    return save(by, content, RevisionKind.RESTORE, restoredFrom, at);
  }

  /**
   * Refuses, with the reason, when {@code by} may not save content now: only the author and editors
   * may, and while the column is in review only an editor who is not its author (an author who is
   * also an editor could otherwise change the text after another editor read it).
   */
  public void checkEditableBy(Account by) {
    checkMayEdit(by);
    if (status == ColumnStatus.IN_REVIEW && (isAuthor(by) || !by.hasRole(Role.EDITOR))) {
      throw RuleViolation.conflict(
          "The column is in review; withdraw it first to change it (status IN_REVIEW)");
    }
  }

  private Revision save(
      Account by, ColumnContent content, RevisionKind kind, Integer restoredFrom, Instant at) {
    checkEditableBy(by);
    if (kind == RevisionKind.CREATE) {
      throw new IllegalArgumentException("CREATE is only for a new column");
    }
    switch (status) {
      case APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED -> backToDraft();
      default -> {
        // DRAFT and CHANGES_REQUESTED stay; IN_REVIEW stays for an editor's copy-edit
      }
    }
    apply(content);
    revision++;
    Instant now = micros(at);
    touch(by, now);
    return Revision.snapshot(this, kind, restoredFrom, by, now);
  }

  /** Gives the column a new slug; allowed only before it was ever published, so links hold. */
  public void renameSlug(Account by, String newSlug, Instant at) {
    checkMayEdit(by);
    if (slug.equals(newSlug)) {
      return;
    }
    if (firstPublishedAt != null) {
      throw RuleViolation.conflict(
          "The slug cannot change once the column has been published: its address is public");
    }
    slug = Objects.requireNonNull(newSlug, "newSlug");
    touch(by, micros(at));
  }

  private void checkMayEdit(Account by) {
    if (!isAuthor(by) && !by.hasRole(Role.EDITOR)) {
      throw RuleViolation.forbidden("Only the author or an editor may change this column");
    }
  }

  private void backToDraft() {
    status = ColumnStatus.DRAFT;
    approvedRevision = null;
    publishAt = null;
    if (liveRevision == null) {
      unpublishAt = null;
    }
  }

  private void apply(ColumnContent content) {
    title = content.title();
    subtitle = content.subtitle();
    summary = content.summary();
    body = content.body();
    magazine = content.magazine();
    cover = content.cover();
    tags.clear();
    tags.addAll(content.tags());
  }

  // --- review ----------------------------------------------------------------------------------

  /** Hands the current revision to the editors. The author or an editor may submit. */
  public void submit(Account by, Instant at) {
    if (!isAuthor(by) && !by.hasRole(Role.EDITOR)) {
      throw RuleViolation.forbidden("Only the author or an editor may submit this column");
    }
    expect("submit", ColumnStatus.DRAFT, ColumnStatus.CHANGES_REQUESTED);
    move(ColumnStatus.IN_REVIEW, by, at);
  }

  /** Takes the column back out of review; only its author may. */
  public void withdraw(Account by, Instant at) {
    if (!isAuthor(by)) {
      throw RuleViolation.forbidden("Only the author may withdraw this column from review");
    }
    expect("withdraw", ColumnStatus.IN_REVIEW);
    move(ColumnStatus.DRAFT, by, at);
  }

  /**
   * Approves the revision under review, and only that one: a later edit ends the approval. An
   * editor who is not the author may approve (four eyes).
   */
  public void approve(Account reviewer, Instant at) {
    checkReviewer(reviewer, "approve");
    expect("approve", ColumnStatus.IN_REVIEW);
    approvedRevision = revision;
    move(ColumnStatus.APPROVED, reviewer, at);
  }

  /** Sends the column back to its author; the same four eyes as approval. */
  public void requestChanges(Account reviewer, Instant at) {
    checkReviewer(reviewer, "request changes to");
    expect("request changes to", ColumnStatus.IN_REVIEW);
    move(ColumnStatus.CHANGES_REQUESTED, reviewer, at);
  }

  private void checkReviewer(Account reviewer, String action) {
    if (!reviewer.hasRole(Role.EDITOR)) {
      throw RuleViolation.forbidden("Only an editor may " + action + " a column");
    }
    if (isAuthor(reviewer)) {
      throw RuleViolation.forbidden(
          "Nobody may " + action + " a column they wrote: another editor reviews it");
    }
  }

  // --- publishing ------------------------------------------------------------------------------

  /**
   * Schedules the approved revision to go live at {@code publishAt}, and optionally to come down
   * again at {@code unpublishAt}. A scheduled column may be rescheduled.
   */
  public void schedule(Account by, Instant publishAt, Instant unpublishAt, Instant now) {
    checkPublisher(by, "schedule");
    expect("schedule", ColumnStatus.APPROVED, ColumnStatus.SCHEDULED);
    if (publishAt == null) {
      throw RuleViolation.invalid("publishAt is required");
    }
    if (!publishAt.isAfter(now)) {
      throw RuleViolation.invalid("publishAt must be in the future (was " + publishAt + ")");
    }
    if (publishAt.isAfter(LATEST) || unpublishAt != null && unpublishAt.isAfter(LATEST)) {
      throw RuleViolation.invalid("publishAt and unpublishAt must be before the year 10000");
    }
    if (unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
      throw RuleViolation.invalid("unpublishAt must be after publishAt (was " + unpublishAt + ")");
    }
    this.publishAt = micros(publishAt);
    this.unpublishAt = unpublishAt == null ? null : micros(unpublishAt);
    move(ColumnStatus.SCHEDULED, by, now);
  }

  /** Cancels the schedule; the column stays approved. */
  public void unschedule(Account by, Instant at) {
    checkPublisher(by, "unschedule");
    expect("unschedule", ColumnStatus.SCHEDULED);
    publishAt = null;
    if (liveRevision == null) {
      unpublishAt = null;
    }
    move(ColumnStatus.APPROVED, by, at);
  }

  /** Publishes the approved revision now. */
  public void publish(Account by, Instant at) {
    checkPublisher(by, "publish");
    expect("publish", ColumnStatus.APPROVED, ColumnStatus.SCHEDULED);
    release(at);
    touch(by, micros(at));
  }

  /**
   * Publishes on the scheduler's behalf, when the scheduled time has come.
   *
   * @return the time it was due
   */
  public Instant publishAsScheduled(Instant now) {
    if (!isDueForPublishing(now)) {
      throw RuleViolation.conflict("The column is not due for publishing");
    }
    Instant due = publishAt;
    release(now);
    touch(null, micros(now));
    return due;
  }

  public boolean isDueForPublishing(Instant now) {
    return status == ColumnStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
  }

  private void release(Instant at) {
    Instant now = micros(at);
    liveRevision = approvedRevision;
    livePublishedAt = now;
    if (firstPublishedAt == null) {
      firstPublishedAt = now;
    }
    unpublishedAt = null;
    publishAt = null;
    status = ColumnStatus.PUBLISHED;
  }

  /**
   * Takes the live revision down. A published column becomes unpublished; a correction in progress
   * keeps its own status.
   */
  public void unpublish(Account by, Instant at) {
    checkPublisher(by, "unpublish");
    if (!isLive()) {
      throw RuleViolation.conflict(
          "Only a live column can be unpublished; this one is not live (status " + status + ")");
    }
    takeDown(at);
    touch(by, micros(at));
  }

  /**
   * Sets when a live column comes down by itself, or clears that expiry with {@code null}. A column
   * not yet live takes its expiry with its schedule instead.
   */
  public void expireAt(Account by, Instant unpublishAt, Instant now) {
    checkPublisher(by, "set the expiry of");
    if (!isLive()) {
      throw RuleViolation.conflict(
          "Only a live column takes an expiry of its own; this one is not live (status "
              + status
              + "): schedule it with unpublishAt instead");
    }
    if (unpublishAt != null && !unpublishAt.isAfter(now)) {
      throw RuleViolation.invalid("unpublishAt must be in the future (was " + unpublishAt + ")");
    }
    if (unpublishAt != null && unpublishAt.isAfter(LATEST)) {
      throw RuleViolation.invalid("unpublishAt must be before the year 10000");
    }
    this.unpublishAt = unpublishAt == null ? null : micros(unpublishAt);
    touch(by, micros(now));
  }

  /**
   * Unpublishes on the scheduler's behalf, when the expiry has come.
   *
   * @return the time it was due
   */
  public Instant unpublishAsScheduled(Instant now) {
    if (!isDueForUnpublishing(now)) {
      throw RuleViolation.conflict("The column is not due for unpublishing");
    }
    Instant due = unpublishAt;
    takeDown(now);
    touch(null, micros(now));
    return due;
  }

  public boolean isDueForUnpublishing(Instant now) {
    return isLive() && unpublishAt != null && !unpublishAt.isAfter(now);
  }

  private void takeDown(Instant at) {
    liveRevision = null;
    livePublishedAt = null;
    unpublishAt = null;
    unpublishedAt = micros(at);
    if (status == ColumnStatus.PUBLISHED) {
      status = ColumnStatus.UNPUBLISHED;
    }
  }

  private static void checkPublisher(Account by, String action) {
    if (!by.hasRole(Role.PUBLISHER)) {
      throw RuleViolation.forbidden("Only a publisher may " + action + " a column");
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void expect(String action, ColumnStatus... allowed) {
    for (ColumnStatus candidate : allowed) {
      if (status == candidate) {
        return;
      }
    }
    throw RuleViolation.conflict(
        "Cannot "
            + action
            + " a column whose status is "
            + status
            + " (allowed from "
            + List.of(allowed)
            + ")");
  }

  private void move(ColumnStatus to, Account by, Instant at) {
    status = to;
    touch(by, micros(at));
  }

  private void touch(Account by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  private static Instant micros(Instant at) {
    return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
  }

  // --- reading ---------------------------------------------------------------------------------

  public boolean isLive() {
    return liveRevision != null;
  }

  /** Whether readers could once read it and now cannot (a 410 rather than a 404). */
  public boolean wasUnpublished() {
    return liveRevision == null && unpublishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public Account getAuthor() {
    return author;
  }

  public ColumnStatus getStatus() {
    return status;
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

  /** The cover image's media name, or {@code null}. */
  public String getCover() {
    return cover;
  }

  public Magazine getMagazine() {
    return magazine;
  }

  public List<Tag> getTags() {
    return List.copyOf(tags);
  }

  public List<String> getTagNames() {
    return tags.stream().map(Tag::getName).toList();
  }

  /** The number of the newest revision. */
  public int getRevision() {
    return revision;
  }

  public Integer getApprovedRevision() {
    return approvedRevision;
  }

  public Integer getLiveRevision() {
    return liveRevision;
  }

  public Instant getLivePublishedAt() {
    return livePublishedAt;
  }

  public Instant getFirstPublishedAt() {
    return firstPublishedAt;
  }

  public Instant getUnpublishedAt() {
    return unpublishedAt;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getUnpublishAt() {
    return unpublishAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Account getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof EditorialColumn column
            && id != null
            && Objects.equals(id, column.getId());
  }

  @Override
  public int hashCode() {
    return EditorialColumn.class.hashCode();
  }

  @Override
  public String toString() {
    return "EditorialColumn[" + id + " " + slug + " " + status + "]";
  }
}
