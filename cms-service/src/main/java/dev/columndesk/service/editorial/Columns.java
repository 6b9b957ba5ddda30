package dev.columndesk.service.editorial;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stored columns and their revisions, for the services of the editorial workflow. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class Columns {

  @PersistenceContext private EntityManager em;

  public Optional<EditorialColumn> find(long id) {
    return Optional.ofNullable(em.find(EditorialColumn.class, id));
  }

  /**
   * The column, when it exists for {@code viewer}; otherwise the same 404 as for a column that does
   * not exist, so nobody learns of unpublished work they may not see.
   */
  public EditorialColumn visible(long id, Account viewer) {
    return find(id)
        .filter(column -> column.isVisibleTo(viewer))
        .orElseThrow(() -> new NotFoundException("There is no column " + id));
  }

  /**
   * The column for a change by {@code viewer}, locked until the transaction ends: two people saving
   * at once take turns, so the second one's expected version is checked against the first one's
   * save and the refusal can name who saved and when.
   */
  public EditorialColumn forChange(long id, Account viewer) {
    EditorialColumn column = em.find(EditorialColumn.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (column == null || !column.isVisibleTo(viewer)) {
      throw new NotFoundException("There is no column " + id);
    }
    return column;
  }

  /** Refuses with who saved last and when, unless the caller changed the version stored now. */
  public static void expectVersion(EditorialColumn column, Long expected) {
    if (expected != null && expected != column.getVersion()) {
      Account by = column.getUpdatedBy();
      throw new StaleVersionException(
          "Column "
              + column.getId()
              + " was changed by "
              + (by == null ? "the scheduler" : by.getDisplayName() + " (" + by.getUsername() + ")")
              + " at "
              + column.getUpdatedAt()
              + ": it is at version "
              + column.getVersion()
              + ", you sent "
              + expected
              + ". Reload it and merge your text, which was not saved.");
    }
  }

  /** Stores a new column with its first revision. */
  public void add(Revision first) {
    em.persist(first.getColumn());
    em.persist(first);
    flush(first.getColumn());
  }

  /** Stores a new revision of a stored column. */
  public void add(Revision revision, EditorialColumn column) {
    em.persist(revision);
    flush(column);
  }

  /**
   * Writes the changes now, inside the transaction, so that a concurrent change by someone else is
   * refused here with a clear message instead of failing the commit.
   */
  public void flush(EditorialColumn column) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(
          "Column "
              + column.getId()
              + " was changed by someone else at the same moment. Reload it and merge your"
              + " text, which was not saved.");
    } catch (PersistenceException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new SlugTaken(column.getSlug());
      }
      throw e;
    }
  }

  /** The slug itself when free, else the first free of {@code slug-2}, {@code slug-3}…. */
  public String freeSlug(String base, EditorialColumn except) {
    HashSet<String> taken =
        new HashSet<>(
            em.createNamedQuery(EditorialColumn.SLUGS_LIKE, String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .getResultList());
    if (except != null) {
      taken.remove(except.getSlug());
    }
    return dev.columndesk.domain.support.Slugs.firstFree(base, taken);
  }

  public Optional<Revision> revision(EditorialColumn column, int number) {
    return em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
        .setParameter("column", column)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public Revision getRevision(EditorialColumn column, int number) {
    return revision(column, number)
        .orElseThrow(
            () -> new NotFoundException("Column " + column.getId() + " has no revision " + number));
  }

  public Page<Revision> revisions(EditorialColumn column, PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(Revision.OF_COLUMN, Revision.class).setParameter("column", column),
        em.createNamedQuery(Revision.COUNT_OF_COLUMN, Long.class).setParameter("column", column),
        request);
  }

  /**
   * The columns {@code viewer} may see that match the query, most recently changed first. Writers
   * see their own columns and every live one; editors, publishers and administrators see all.
   */
  public Page<EditorialColumn> search(ColumnQuery query, Account viewer, PageRequest request) {
    return search(query, ColumnSort.DEFAULT, viewer, request);
  }

  /** The same, in the given order. */
  public Page<EditorialColumn> search(
      ColumnQuery query, ColumnSort sort, Account viewer, PageRequest request) {
    StringBuilder from = new StringBuilder(" from EditorialColumn c");
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    boolean everything = EditorialColumn.seesEveryColumn(viewer);
    if (!everything) {
      // Another writer's column is seen only as its live revision, which is always PUBLISHED.
      boolean othersToo =
          query.statuses() == null || query.statuses().contains(ColumnStatus.PUBLISHED);
      where.append(
          othersToo
              ? " and (c.author = :viewer or c.liveRevision is not null)"
              : " and c.author = :viewer");
      parameters.put("viewer", viewer);
    }
    if (query.statuses() != null) {
      where.append(
          everything
              ? " and c.status in :statuses"
              : " and (c.author <> :viewer or c.status in :statuses)");
      parameters.put("statuses", query.statuses());
    }
    if (query.author() != null) {
      where.append(" and c.author.username = :author");
      parameters.put("author", query.author());
    }
    // Another writer's live column is filtered by its live revision, never by a correction.
    if (query.magazine() != null) {
      String working = "c.magazine.slug = :magazine";
      String live =
          "exists (select r from Revision r where r.column = c and r.number = c.liveRevision"
              + " and r.magazine.slug = :magazine)";
      where.append(" and ").append(mine(everything, working, live));
      parameters.put("magazine", query.magazine());
    }
    if (query.tag() != null) {
      String working =
          "exists (select t from EditorialColumn c2 join c2.tags t where c2 = c and t.name = :tag)";
      // A revision keeps its tags as lines of text: the tag is a whole line of it.
      String live =
          "exists (select r from Revision r where r.column = c and r.number = c.liveRevision and"
              + " (r.tags like :tagExact escape '\\' or r.tags like :tagFirst escape '\\'"
              + " or r.tags like :tagLast escape '\\' or r.tags like :tagInside escape '\\'))";
      where.append(" and ").append(mine(everything, working, live));
      parameters.put("tag", query.tag());
      if (!everything) {
        String tag = Sql.escapeLike(query.tag());
        parameters.put("tagExact", tag);
        parameters.put("tagFirst", tag + "\n%");
        parameters.put("tagLast", "%\n" + tag);
        parameters.put("tagInside", "%\n" + tag + "\n%");
      }
    }
    if (query.text() != null) {
      String working =
          "(lower(c.title) like :text escape '\\' or lower(c.subtitle) like :text escape '\\'"
              + " or lower(c.summary) like :text escape '\\')";
      String live =
          "exists (select r from Revision r where r.column = c and r.number = c.liveRevision"
              + " and (lower(r.title) like :text escape '\\'"
              + " or lower(r.subtitle) like :text escape '\\'"
              + " or lower(r.summary) like :text escape '\\'))";
      where.append(" and ").append(mine(everything, working, live));
      parameters.put("text", "%" + Sql.escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
    }
    TypedQuery<Long> count = em.createQuery("select count(c)" + from + where, Long.class);
    // The joins an order needs are left out of the count, which they cannot change.
    String joins =
        (sort.needsAuthor() ? " join c.author a" : "")
            + (sort.needsMagazine() ? " left join c.magazine m" : "");
    // The page is chosen by id first, then its columns are read: an order no index serves (by
    // magazine, or words sorted by title) sorts narrow rows instead of whole columns with their
    // bodies, 30 ms instead of 300 at 100,000 columns.
    TypedQuery<Long> ids =
        em.createQuery(
            "select c.id" + from + joins + where + sort.orderBy(query.text() != null), Long.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          ids.setParameter(name, value);
        });
    List<Long> chosen =
        ids.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();
    return Page.of(inOrder(chosen), count.getSingleResult(), request);
  }

  /** The columns of these ids, in this order, with their authors and tags. */
  private List<EditorialColumn> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, EditorialColumn> byId =
        em.createQuery("select c from EditorialColumn c where c.id in :ids", EditorialColumn.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.join-fetch", "c.author")
            .setHint("eclipselink.batch", "c.tags")
            .setHint("eclipselink.batch.type", "IN")
            .getResultStream()
            .collect(Collectors.toMap(EditorialColumn::getId, column -> column));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /**
   * The live revisions of those columns, by column id: what a writer who is not the author may read
   * of them.
   */
  public Map<Long, Revision> liveRevisions(List<EditorialColumn> columns) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select r from Revision r join r.column c where c in :columns"
                + " and r.number = c.liveRevision",
            Revision.class)
        .setParameter("columns", columns)
        .getResultStream()
        .collect(Collectors.toMap(r -> r.getColumn().getId(), r -> r));
  }

  /**
   * The condition on the working copy for staff; for a writer, on it for their own columns and on
   * the live revision for the others'.
   *
   * <p>A live column that nobody is correcting holds its live revision as its working copy (the
   * current revision is the live one), so the condition on the working copy answers for it: only
   * columns under correction need their live revision looked up. Without that, the database looks
   * up the live revision of every column it passes, seconds at 100,000 columns.
   */
  private static String mine(boolean everything, String working, String live) {
    return everything
        ? working
        : "(((c.author = :viewer or c.revision = c.liveRevision) and "
            + working
            + ") or (c.author <> :viewer and c.revision <> c.liveRevision and "
            + live
            + "))";
  }
}
