package dev.columndesk.service.magazine;

import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.Slugs;
import dev.columndesk.service.error.ConflictException;
import dev.columndesk.service.error.DomainRules;
import dev.columndesk.service.error.InvalidInputException;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;

/** Magazines (series of columns): anyone may list them, editors and administrators found them. */
@Stateless
@Interceptors(DomainRules.class)
public class MagazineService {

  @PersistenceContext private EntityManager em;

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
