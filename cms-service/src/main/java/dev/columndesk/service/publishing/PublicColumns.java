package dev.columndesk.service.publishing;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The reader's side: what is live, by slug. Open to everyone; never shows a working copy. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction per reader
public class PublicColumns {

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
    Revision live =
        em.createNamedQuery(Revision.BY_NUMBER, Revision.class)
            .setParameter("column", column)
            .setParameter("number", column.getLiveRevision())
            .getSingleResult();
    Account author = column.getAuthor();
    return new Lookup(
        State.LIVE,
        Optional.of(
            new PublicColumn(
                column.getId(),
                column.getSlug(),
                live.getNumber(),
                live.getTitle(),
                live.getSubtitle(),
                live.getSummary(),
                live.getBody(),
                live.getTags(),
                live.getMagazine() == null ? null : live.getMagazine().getSlug(),
                live.getMagazine() == null ? null : live.getMagazine().getTitle(),
                author.getUsername(),
                author.getBylineName(),
                author.getBio(),
                column.getFirstPublishedAt(),
                column.getLivePublishedAt())));
  }
}
