package dev.columndesk.service.magazine;

import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.Slugs;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import dev.columndesk.service.search.SiteChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Magazines (series of columns): anyone may list them, editors and administrators found them. */
@Stateless
@Interceptors(DomainRules.class)
public class MagazineService {

  @PersistenceContext private EntityManager em;

  @Inject private Event<SiteChanged> siteChanged;

  @PermitAll
  public Page<Magazine> list(PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(Magazine.ALL, Magazine.class),
        em.createNamedQuery(Magazine.COUNT, Long.class),
        request);
  }

  @PermitAll
  public Magazine get(String slug) {
    return find(slug)
        .orElseThrow(() -> new NotFoundException("There is no magazine '" + slug + "'"));
  }

  /** The magazine of that slug, for code that turns a reference into a magazine. */
  @PermitAll
  public Optional<Magazine> find(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Magazine.BY_SLUG, Magazine.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * Founds a magazine. Without a slug one is made from the title ({@code -2}, {@code -3}… when
   * taken); a slug that is asked for and taken is a conflict.
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Magazine found(NewMagazine request) {
    if (request == null) {
      throw new InvalidInputException(
          "The magazine is missing: send title, slug? and description?");
    }
    String title = Magazine.checkTitle(request.title());
    String slug;
    if (request.slug() != null) {
      slug = Slugs.of(request.slug());
      if (slug.isEmpty()) {
        throw new InvalidInputException(
            "slug must contain letters or digits (was '" + request.slug() + "')");
      }
      if (find(slug).isPresent()) {
        throw new ConflictException("The magazine slug '" + slug + "' is taken");
      }
    } else {
      String derived = Slugs.of(title);
      String base = derived.isEmpty() ? "magazine" : derived;
      slug =
          Slugs.firstFree(
              base,
              new HashSet<>(
                  em.createNamedQuery(Magazine.SLUGS_LIKE, String.class)
                      .setParameter("base", base)
                      .setParameter("prefix", base + "-%")
                      .getResultList()));
    }
    Magazine magazine = Magazine.found(slug, title, request.description(), Instant.now());
    try {
      em.persist(magazine);
      em.flush();
    } catch (PersistenceException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new ConflictException("The magazine slug '" + slug + "' was taken just now");
      }
      throw e;
    }
    return magazine;
  }

  /**
   * Changes a magazine's title and description. The version is the one the editor read: a magazine
   * changed since is refused, so that nobody overwrites a change they have not seen.
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Magazine describe(String slug, long expectedVersion, String title, String description) {
    Magazine magazine = get(slug);
    if (magazine.getVersion() != expectedVersion) {
      throw new StaleVersionException(staleMagazine(slug));
    }
    magazine.describe(title, description);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(staleMagazine(slug));
    }
    siteChanged.fire(SiteChanged.anywhere()); // its pages and every column page naming it
    return magazine;
  }

  private static String staleMagazine(String slug) {
    return "The magazine '" + slug + "' was changed by someone else; reload it and try again";
  }

  /**
   * Tags by name with how many columns carry each, narrowed to names holding the text (any case).
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public Page<TagUsage> tagUsage(String text, PageRequest request) {
    String filter = text == null ? "" : text.strip();
    String where = filter.isEmpty() ? "" : " where lower(t.name) like :text escape '\\'";
    TypedQuery<Tag> items =
        em.createQuery("select t from Tag t" + where + " order by t.name", Tag.class);
    TypedQuery<Long> count = em.createQuery("select count(t) from Tag t" + where, Long.class);
    if (!filter.isEmpty()) {
      String pattern = "%" + Sql.escapeLike(filter.toLowerCase(Locale.ROOT)) + "%";
      items.setParameter("text", pattern);
      count.setParameter("text", pattern);
    }
    Page<Tag> tags = Page.fetch(items, count, request);
    Map<Long, Long> uses = columnsCarrying(tags.items().stream().map(Tag::getId).toList());
    return tags.map(
        tag -> new TagUsage(tag.getId(), tag.getName(), uses.getOrDefault(tag.getId(), 0L)));
  }

  /** One tag and its use. */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public TagUsage tagUsage(long id) {
    Tag tag = tag(id);
    return new TagUsage(id, tag.getName(), columnsCarrying(List.of(id)).getOrDefault(id, 0L));
  }

  /**
   * Renames a tag; the columns carrying it carry the new name. A name another tag has already is
   * refused: merging two tags is not offered.
   */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public TagUsage renameTag(long id, String newName) {
    Tag tag = tag(id);
    String name = Tag.normalize(newName);
    if (name.equals(tag.getName())) {
      return tagUsage(id);
    }
    if (!em.createNamedQuery(Tag.BY_NAMES, Tag.class)
        .setParameter("names", List.of(name))
        .getResultList()
        .isEmpty()) {
      throw new ConflictException(
          "There is a tag '" + name + "' already; tags are not merged by renaming");
    }
    tag.rename(name);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new ConflictException("The tag '" + name + "' was made just now");
      }
      throw e;
    }
    return tagUsage(id);
  }

  /** Deletes a tag no column carries; a tag in use is refused. */
  @RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
  public void deleteTag(long id) {
    Tag tag = em.find(Tag.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (tag == null) {
      throw new NotFoundException("There is no tag " + id);
    }
    long columns = columnsCarrying(List.of(id)).getOrDefault(id, 0L);
    if (columns > 0) {
      throw new ConflictException(
          "The tag '"
              + tag.getName()
              + "' is on "
              + columns
              + " column(s); only an unused tag can be deleted");
    }
    em.remove(tag);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // A column took the tag in the moment between the count and the delete.
      throw new ConflictException("The tag '" + tag.getName() + "' has just been put on a column");
    }
  }

  private Tag tag(long id) {
    Tag tag = em.find(Tag.class, id);
    if (tag == null) {
      throw new NotFoundException("There is no tag " + id);
    }
    return tag;
  }

  private Map<Long, Long> columnsCarrying(List<Long> tagIds) {
    if (tagIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select t.id, count(c) from EditorialColumn c join c.tags t"
                + " where t.id in :ids group by t.id",
            Object[].class)
        .setParameter("ids", tagIds)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  /** Every tag in use, by name. */
  @PermitAll
  public Page<Tag> tags(PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(Tag.ALL, Tag.class),
        em.createNamedQuery(Tag.COUNT, Long.class),
        request);
  }

  /**
   * A request to found a magazine.
   *
   * @param title 1 to 100 characters
   * @param slug the address, or {@code null} to make one from the title
   * @param description up to 1000 characters, or {@code null}
   */
  public record NewMagazine(String title, String slug, String description) {}
}
