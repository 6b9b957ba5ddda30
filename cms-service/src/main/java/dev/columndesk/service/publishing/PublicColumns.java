package dev.columndesk.service.publishing;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.media.MediaItem;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reader's side: what is live, by slug, by magazine, author and tag, newest first. Open to
 * everyone; it only ever reads a column's live revision, never its working copy, so a correction in
 * progress stays out of sight until it is published.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction per reader
public class PublicColumns {

  /** Every live column joined to its live revision; the filters below add to it. */
  private static final String LIVE =
      " from EditorialColumn c, Revision r where r.column = c and r.number = c.liveRevision";

  /** The same, with the columns' authors read in the same query (a list shows their bylines). */
  private static final String LIVE_WITH_AUTHORS =
      " from EditorialColumn c join fetch c.author, Revision r"
          + " where r.column = c and r.number = c.liveRevision";

  /** Every live column, without its live revision. */
  private static final String ALL_LIVE = " from EditorialColumn c where c.liveRevision is not null";

  /** A live column whose working copy is its live revision: nobody is correcting it. */
  private static final String AS_LIVE = "c.revision = c.liveRevision";

  /** A live column under correction: its working copy has moved on from its live revision. */
  private static final String CORRECTED = "c.revision <> c.liveRevision";

  private static final String NEWEST_FIRST = " order by c.firstPublishedAt desc, c.id desc";

  @PersistenceContext private EntityManager em;

  /** What a reader's request for {@code slug} finds. */
  public enum State {
    LIVE,
    GONE,
    UNKNOWN
  }

  /**
   * What readers find at {@code slug}.
   *
   * @param state whether it is live, was unpublished, or never existed for readers
   * @param column the live column, when it is live
   */
  public record Lookup(State state, Optional<PublicColumn> column) {}

  /**
   * A magazine as readers see it.
   *
   * @param slug its address
   * @param title its title
   * @param description what it is about, or {@code null}
   */
  public record MagazineInfo(String slug, String title, String description) {}

  /**
   * An author as readers see them: the byline, never the account's private details.
   *
   * @param username the account's name, the author page's address
   * @param byline the pen name or display name
   * @param bio the author's bio, or {@code null}
   */
  public record AuthorInfo(String username, String byline, String bio) {}

  /**
   * A live column's address and last change, for the sitemap.
   *
   * @param slug the column's slug
   * @param publishedAt when its live revision went live
   */
  public record Location(String slug, Instant publishedAt) {}

  /**
   * The magazine's columns just before and after one of its columns, by first publication.
   *
   * @param previous the older neighbour, or {@code null}
   * @param next the newer neighbour, or {@code null}
   */
  public record Neighbours(PublicColumn previous, PublicColumn next) {}

  /** The live revision of the column at {@code slug}, or why there is none. */
  public Lookup find(String slug) {
    EditorialColumn column =
        em.createNamedQuery(EditorialColumn.BY_SLUG, EditorialColumn.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (column == null || !column.isLive()) {
      return new Lookup(
          column != null && column.wasUnpublished() ? State.GONE : State.UNKNOWN, Optional.empty());
    }
    return new Lookup(State.LIVE, Optional.of(toPublic(column, liveRevisionOf(column))));
  }

  /** Everything live, newest first. */
  public Page<PublicColumn> latest(PageRequest request) {
    return page("", null, request, query -> {});
  }

  /**
   * The live columns whose live revision belongs to the magazine.
   *
   * <p>Here and for tags: a live column nobody is correcting holds its live revision as its working
   * copy, so its own magazine and tags answer, from indexes on the column; only columns under
   * correction are asked through their live revision. Counting every live revision of the site
   * instead took most of a second at 100,000 columns.
   */
  public Page<PublicColumn> inMagazine(String magazineSlug, PageRequest request) {
    Optional<Magazine> magazine =
        em.createNamedQuery(Magazine.BY_SLUG, Magazine.class)
            .setParameter("slug", magazineSlug)
            .getResultStream()
            .findFirst();
    if (magazine.isEmpty()) {
      return Page.of(List.of(), 0, request);
    }
    return page(
        " and c.magazine = :magazine",
        " and r.magazine = :magazine",
        request,
        query -> query.setParameter("magazine", magazine.get()));
  }

  /** The author's live columns. */
  public Page<PublicColumn> byAuthor(String username, PageRequest request) {
    return page(
        " and c.author.username = :author",
        null,
        request,
        query -> query.setParameter("author", username));
  }

  /**
   * The live columns whose live revision carries the tag. A revision keeps its tags as text, one
   * name per line (they are a snapshot), so there the name is matched as a whole line of that text.
   */
  public Page<PublicColumn> tagged(String tag, PageRequest request) {
    String name = Sql.escapeLike(tag);
    String own =
        "exists (select t from EditorialColumn c2 join c2.tags t where c2 = c and t.name = :tag)";
    String snapshot =
        "(r.tags like :only escape '\\' or r.tags like :first escape '\\'"
            + " or r.tags like :middle escape '\\' or r.tags like :last escape '\\')";
    return page(
        " and " + own,
        " and " + snapshot,
        request,
        query -> {
          // Each query holds some of these parameters.
          bindIfUsed(query, "tag", tag);
          bindIfUsed(query, "only", name);
          bindIfUsed(query, "first", name + "\n%");
          bindIfUsed(query, "middle", "%\n" + name + "\n%");
          bindIfUsed(query, "last", "%\n" + name);
        });
  }

  private static void bindIfUsed(TypedQuery<?> query, String name, Object value) {
    if (query.getParameters().stream().anyMatch(parameter -> name.equals(parameter.getName()))) {
      query.setParameter(name, value);
    }
  }

  /** The columns of the same magazine published just before and just after this one. */
  public Neighbours neighbours(PublicColumn column) {
    if (column.magazineSlug() == null) {
      return new Neighbours(null, null);
    }
    String sameMagazine = LIVE + " and r.magazine.slug = :magazine and c.id <> :id";
    PublicColumn previous =
        neighbour(
            sameMagazine
                + " and (c.firstPublishedAt < :at or (c.firstPublishedAt = :at and c.id < :id))"
                + NEWEST_FIRST,
            column);
    PublicColumn next =
        neighbour(
            sameMagazine
                + " and (c.firstPublishedAt > :at or (c.firstPublishedAt = :at and c.id > :id))"
                + " order by c.firstPublishedAt, c.id",
            column);
    return new Neighbours(previous, next);
  }

  /** The magazine readers asked for, whether or not anything in it is live yet. */
  public Optional<MagazineInfo> magazine(String slug) {
    return em.createNamedQuery(Magazine.BY_SLUG, Magazine.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(m -> new MagazineInfo(m.getSlug(), m.getTitle(), m.getDescription()));
  }

  /** The author of at least one live column; anyone else is nobody readers know. */
  public Optional<AuthorInfo> author(String username) {
    return em.createQuery(
            "select distinct c.author from EditorialColumn c"
                + " where c.author.username = :author and c.liveRevision is not null",
            Account.class)
        .setParameter("author", username)
        .getResultStream()
        .findFirst()
        .map(a -> new AuthorInfo(a.getUsername(), a.getBylineName(), a.getBio()));
  }

  /**
   * The magazines that have something live, by title: asked of each magazine (there are few), as
   * above, rather than of every live revision.
   */
  public List<MagazineInfo> magazinesWithColumns() {
    return em.createQuery(
            "select m from Magazine m where exists (select c from EditorialColumn c where"
                + " c.magazine = m and c.liveRevision is not null and "
                + AS_LIVE
                + ")"
                + " or exists (select r"
                + LIVE
                + " and r.magazine = m and "
                + CORRECTED
                + ")",
            Magazine.class)
        .getResultStream()
        .map(m -> new MagazineInfo(m.getSlug(), m.getTitle(), m.getDescription()))
        .sorted((a, b) -> a.title().compareTo(b.title()))
        .toList();
  }

  /** How many columns are live. */
  public long countLive() {
    return em.createQuery(
            "select count(c) from EditorialColumn c where c.liveRevision is not null", Long.class)
        .getSingleResult();
  }

  /** One slice of the live columns' addresses, newest first, for the sitemap. */
  public List<Location> locations(int first, int max) {
    return em.createQuery(
            "select c.slug, c.livePublishedAt from EditorialColumn c"
                + " where c.liveRevision is not null"
                + NEWEST_FIRST,
            Object[].class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(row -> new Location((String) row[0], (Instant) row[1]))
        .toList();
  }

  /** Those of the columns that are live, in one query; the others are left out. */
  public List<PublicColumn> liveAmong(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return rows(em.createQuery(
                "select c, r" + LIVE_WITH_AUTHORS + " and c.id in :ids", Object[].class)
            .setParameter("ids", List.copyOf(ids)))
        .toList();
  }

  /** Live columns in id order after {@code afterId}, a batch at a time, for rebuilding an index. */
  public List<PublicColumn> liveAfter(long afterId, int max) {
    return rows(em.createQuery(
                "select c, r" + LIVE_WITH_AUTHORS + " and c.id > :after order by c.id",
                Object[].class)
            .setParameter("after", afterId)
            .setMaxResults(max))
        .toList();
  }

  private interface Binding {
    void bind(TypedQuery<?> query);
  }

  /**
   * A page of live columns, newest first, and how many there are in all.
   *
   * <p>The page is chosen by id, then read: a page deep in the list passes over narrow rows, not
   * over whole columns and revisions with their bodies. And the choice reads no revision but those
   * of columns under correction: joined to every live revision, PostgreSQL sometimes chose to read
   * all million revisions for a tag's page (a second, where walking the live columns in order takes
   * milliseconds).
   *
   * @param asLive what the listed columns meet, over {@code c}, for columns whose working copy is
   *     their live revision; for every live column when {@code corrected} is {@code null}
   * @param corrected the same for columns under correction, over their live revision {@code r};
   *     {@code null} when the filter does not depend on the live revision
   */
  private Page<PublicColumn> page(
      String asLive, String corrected, PageRequest request, Binding binding) {
    String which =
        corrected == null
            ? asLive
            : " and (("
                + AS_LIVE
                + asLive
                + ") or ("
                + CORRECTED
                + " and exists (select r from Revision r where r.column = c"
                + " and r.number = c.liveRevision"
                + corrected
                + ")))";
    TypedQuery<Long> ids =
        em.createQuery("select c.id" + ALL_LIVE + which + NEWEST_FIRST, Long.class);
    binding.bind(ids);
    List<Long> chosen =
        ids.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();
    Map<Long, PublicColumn> byId =
        liveAmong(chosen).stream().collect(Collectors.toMap(PublicColumn::id, column -> column));
    List<PublicColumn> found = chosen.stream().map(byId::get).filter(Objects::nonNull).toList();
    long total =
        corrected == null
            ? count(ALL_LIVE + asLive, binding)
            : count(ALL_LIVE + " and " + AS_LIVE + asLive, binding)
                + count(LIVE + " and " + CORRECTED + corrected, binding);
    return Page.of(found, total, request);
  }

  private long count(String from, Binding binding) {
    TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
    binding.bind(count);
    return count.getSingleResult();
  }

  private PublicColumn neighbour(String query, PublicColumn column) {
    return rows(em.createQuery("select c, r" + query, Object[].class)
            .setParameter("magazine", column.magazineSlug())
            .setParameter("id", column.id())
            .setParameter("at", column.firstPublishedAt())
            .setMaxResults(1))
        .findFirst()
        .orElse(null);
  }

  private static Stream<PublicColumn> rows(TypedQuery<Object[]> query) {
    return query
        .getResultStream()
        .map(row -> toPublic((EditorialColumn) row[0], (Revision) row[1]));
  }

  private Revision liveRevisionOf(EditorialColumn column) {
    return em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
        .setParameter("column", column)
        .setParameter("number", column.getLiveRevision())
        .getSingleResult();
  }

  /**
   * The working copy as its public page would show it once published: what the desk's preview
   * renders. Dates are those of the live revision, or now for a column never published.
   */
  public static PublicColumn preview(EditorialColumn column, Instant now) {
    Account author = column.getAuthor();
    Magazine magazine = column.getMagazine();
    Instant first = column.getFirstPublishedAt() == null ? now : column.getFirstPublishedAt();
    return new PublicColumn(
        column.getId(),
        column.getSlug(),
        column.getRevision(),
        column.getTitle(),
        column.getSubtitle(),
        column.getSummary(),
        column.getBody(),
        column.getTagNames(),
        magazine == null ? null : magazine.getSlug(),
        magazine == null ? null : magazine.getTitle(),
        author.getUsername(),
        author.getBylineName(),
        author.getBio(),
        first,
        column.getFirstPublishedAt() == null ? first : now,
        coverUrl(column.getCover()));
  }

  /** A revision of the column as its public page shows it. */
  public static PublicColumn of(EditorialColumn column, Revision revision) {
    return toPublic(column, revision);
  }

  private static PublicColumn toPublic(EditorialColumn column, Revision live) {
    Account author = column.getAuthor();
    Magazine magazine = live.getMagazine();
    return new PublicColumn(
        column.getId(),
        column.getSlug(),
        live.getNumber(),
        live.getTitle(),
        live.getSubtitle(),
        live.getSummary(),
        live.getBody(),
        live.getTags(),
        magazine == null ? null : magazine.getSlug(),
        magazine == null ? null : magazine.getTitle(),
        author.getUsername(),
        author.getBylineName(),
        author.getBio(),
        column.getFirstPublishedAt(),
        column.getLivePublishedAt(),
        coverUrl(live.getCover()));
  }

  private static String coverUrl(String mediaName) {
    return mediaName == null ? null : MediaItem.PATH_PREFIX + mediaName;
  }
}
