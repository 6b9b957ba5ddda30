package dev.columndesk.service.editorial;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.column.RevisionKind;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.domain.review.Review;
import dev.columndesk.domain.review.ReviewOutcome;
import dev.columndesk.domain.support.Slugs;
import dev.columndesk.domain.support.TextLimits;
import dev.columndesk.service.account.AccountRepository;
import dev.columndesk.service.audit.ColumnChanged;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.ForbiddenException;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.magazine.MagazineService;
import dev.columndesk.service.magazine.Tags;
import dev.columndesk.service.media.MediaService;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.review.Reviews;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writing columns: create, read, save, list, submit for review and withdraw; revisions, restore and
 * diffs. Who may do what is decided by {@link EditorialColumn}; this boundary loads, checks the
 * expected version, stores, and announces every change with a {@link ColumnChanged} event.
 */
@Stateless
@Interceptors(DomainRules.class)
public class EditorialService {

  @Inject private Columns columns;
  @Inject private Reviews reviews;
  @Inject private AccountRepository accounts;
  @Inject private MagazineService magazines;
  @Inject private Tags tags;
  @Inject private MediaService media;
  @Inject private Event<ColumnChanged> changed;
  @Resource private SessionContext context;
  @EJB private EditorialService self;

  /** How often a new column is tried with the next free slug before giving up. */
  private static final int CREATE_ATTEMPTS = 5;

  /**
   * Starts a column. Its slug comes from the request or the title; when another column takes the
   * same slug at the same moment, the column is created again with the next free one.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public EditorialColumn create(ColumnDraft draft) {
    for (int attempt = 1; ; attempt++) {
      try {
        return self.createOnce(draft);
      } catch (SlugTaken e) {
        if (attempt == CREATE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** One attempt of {@link #create}, in a transaction of its own. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public EditorialColumn createOnce(ColumnDraft draft) {
    Account me = me();
    ColumnContent content = content(draft);
    String base = draft.slug() != null ? requestedSlug(draft.slug()) : Slugs.of(content.title());
    String slug = columns.freeSlug(base.isEmpty() ? "column" : base, null);
    Revision first = EditorialColumn.start(me, slug, content, Instant.now());
    columns.add(first); // SlugTaken when another column took the slug in the meantime
    EditorialColumn column = first.getColumn();
    changed.fire(ColumnChanged.of(AuditAction.CREATE, column, me.getUsername(), null, 1, null));
    return column;
  }

  /**
   * The column as the caller may read it: the working copy for its author and the desk's staff,
   * only the live revision for other writers.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public ColumnReading read(long id) {
    Account me = me();
    EditorialColumn column = columns.visible(id, me);
    if (column.readsWorkingCopy(me)) {
      return new ColumnReading(column, null);
    }
    return new ColumnReading(column, columns.getRevision(column, column.getLiveRevision()));
  }

  /**
   * Saves the column's content as a new revision, unless it is unchanged. A slug in the draft
   * renames the column (only before its first publication).
   *
   * @param expectedVersion the version the caller edited
   * @param autosave whether the editor saved on its own; such saves are not audited unless they
   *     change the column's status
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public EditorialColumn save(long id, long expectedVersion, ColumnDraft draft, boolean autosave) {
    Account me = me();
    EditorialColumn column = columns.forChange(id, me);
    column.checkEditableBy(me);
    Columns.expectVersion(column, expectedVersion);
    ColumnContent content = content(draft);
    Instant now = Instant.now();
    ColumnStatus from = column.getStatus();
    if (draft.slug() != null) {
      String base = requestedSlug(draft.slug());
      if (!base.equals(column.getSlug())) {
        column.renameSlug(me, columns.freeSlug(base, column), now);
      }
    }
    if (column.holds(content)) {
      columns.flush(column);
      return column;
    }
    Revision revision =
        column.edit(me, content, autosave ? RevisionKind.AUTOSAVE : RevisionKind.EDIT, now);
    columns.add(revision, column);
    if (!autosave || from != column.getStatus()) {
      changed.fire(
          ColumnChanged.of(
              AuditAction.EDIT, column, me.getUsername(), from, revision.getNumber(), null));
    }
    return column;
  }

  /** Saves an earlier revision's content again, as a new revision. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public EditorialColumn restore(long id, int number, long expectedVersion) {
    Account me = me();
    EditorialColumn column = columns.forChange(id, me);
    column.checkEditableBy(me);
    Columns.expectVersion(column, expectedVersion);
    Revision earlier = columns.getRevision(column, number);
    ColumnContent content =
        new ColumnContent(
            earlier.getTitle(),
            earlier.getSubtitle(),
            earlier.getSummary(),
            earlier.getBody(),
            earlier.getMagazine(),
            tags.resolve(earlier.getTags()),
            earlier.getCover());
    ColumnStatus from = column.getStatus();
    Revision revision = column.restore(me, content, number, Instant.now());
    columns.add(revision, column);
    changed.fire(
        ColumnChanged.of(
            AuditAction.RESTORE,
            column,
            me.getUsername(),
            from,
            revision.getNumber(),
            "restored from revision " + number));
    return column;
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public EditorialColumn submit(long id, Long expectedVersion) {
    Account me = me();
    EditorialColumn column = columns.forChange(id, me);
    Columns.expectVersion(column, expectedVersion);
    ColumnStatus from = column.getStatus();
    column.submit(me, Instant.now());
    reviews.open(Review.open(column, me, column.getUpdatedAt()));
    columns.flush(column);
    changed.fire(
        ColumnChanged.of(
            AuditAction.SUBMIT, column, me.getUsername(), from, column.getRevision(), null));
    return column;
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR})
  public EditorialColumn withdraw(long id, Long expectedVersion) {
    Account me = me();
    EditorialColumn column = columns.forChange(id, me);
    Columns.expectVersion(column, expectedVersion);
    ColumnStatus from = column.getStatus();
    column.withdraw(me, Instant.now());
    reviews.close(column, ReviewOutcome.WITHDRAWN, me);
    columns.flush(column);
    changed.fire(
        ColumnChanged.of(AuditAction.WITHDRAW, column, me.getUsername(), from, null, null));
    return column;
  }

  /** The columns the caller may see that match the query, most recently changed first. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Page<ColumnReading> list(ColumnQuery query, PageRequest request) {
    return list(query, ColumnSort.DEFAULT, request);
  }

  /**
   * The same in the given order: by title, status, author, magazine, last change or scheduled time,
   * then by id.
   */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Page<ColumnReading> list(ColumnQuery query, ColumnSort sort, PageRequest request) {
    Account me = me();
    Page<EditorialColumn> page =
        columns.search(
            query == null ? ColumnQuery.ALL : query,
            sort == null ? ColumnSort.DEFAULT : sort,
            me,
            request);
    List<EditorialColumn> othersLive =
        page.items().stream().filter(column -> !column.readsWorkingCopy(me)).toList();
    Map<Long, Revision> live = columns.liveRevisions(othersLive);
    return page.map(column -> new ColumnReading(column, live.get(column.getId())));
  }

  /** The column's revisions, newest first: for its author and the desk's staff. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Page<Revision> revisions(long id, PageRequest request) {
    return columns.revisions(historyOf(id), request);
  }

  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public Revision revision(long id, int number) {
    return columns.getRevision(historyOf(id), number);
  }

  /** A readable comparison of two revisions; either may be the older. */
  @RolesAllowed({Role.Names.WRITER, Role.Names.EDITOR, Role.Names.PUBLISHER, Role.Names.ADMIN})
  public RevisionDiff diff(long id, int from, int to) {
    EditorialColumn column = historyOf(id);
    return RevisionDiff.between(columns.getRevision(column, from), columns.getRevision(column, to));
  }

  private EditorialColumn historyOf(long id) {
    Account me = me();
    EditorialColumn column = columns.visible(id, me);
    if (!column.readsWorkingCopy(me)) {
      throw new ForbiddenException(
          "Only the author and the desk's editors, publishers and administrators read the"
              + " history of a column");
    }
    return column;
  }

  private ColumnContent content(ColumnDraft draft) {
    if (draft == null) {
      throw new InvalidInputException(
          "The column is missing: send at least title and body as JSON");
    }
    List<String> tagNames = Tags.normalize(draft.tags()); // repeats dropped before counting
    if (tagNames.size() > ColumnContent.TAGS_MAX) {
      throw new InvalidInputException(
          "tags: at most " + ColumnContent.TAGS_MAX + " tags (was " + tagNames.size() + ")");
    }
    Magazine magazine = magazine(draft.magazine());
    String cover = cover(draft.cover());
    String body = BodySanitizer.sanitize(draft.body());
    // Every other limit is checked before any new tag is made.
    new ColumnContent(draft.title(), draft.subtitle(), draft.summary(), body, magazine, List.of());
    return new ColumnContent(
        draft.title(),
        draft.subtitle(),
        draft.summary(),
        body,
        magazine,
        tags.resolve(tagNames),
        cover);
  }

  /** The media name of a cover given by its desk URL; only images of this desk's library. */
  private String cover(String url) {
    String trimmed = TextLimits.trimToNull(url);
    if (trimmed == null) {
      return null;
    }
    return media
        .byUrl(trimmed)
        .map(MediaItem::getName)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "cover: '"
                        + trimmed
                        + "' is not an image of this desk's media library; upload it first and"
                        + " send its address, such as /media/<name>.jpg"));
  }

  private Magazine magazine(String slug) {
    String trimmed = TextLimits.trimToNull(slug);
    if (trimmed == null) {
      return null;
    }
    return magazines
        .find(trimmed)
        .orElseThrow(
            () -> new InvalidInputException("magazine: there is no magazine '" + trimmed + "'"));
  }

  private static String requestedSlug(String requested) {
    String slug = Slugs.of(requested);
    if (slug.isEmpty()) {
      throw new InvalidInputException(
          "slug must contain letters or digits (was '" + requested + "')");
    }
    return slug;
  }

  private Account me() {
    return accounts.get(context.getCallerPrincipal().getName());
  }
}
