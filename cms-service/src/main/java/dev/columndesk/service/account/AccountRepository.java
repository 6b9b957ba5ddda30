package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Optional;

/** Stored accounts. Joins the caller's transaction; reads outside one see committed data. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Account> find(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Account get(String username) {
    return find(username)
        .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'"));
  }

  /** Stores a new account and writes it at once, so that a taken username fails here. */
  public void add(Account account) {
    em.persist(account);
    em.flush();
  }

  /** Writes a change now, so that a concurrent change to the same account is refused clearly. */
  public void flush(Account account) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException(
          "The account '"
              + account.getUsername()
              + "' was changed by someone else at the same moment; reload it and try again");
    }
  }

  public Page<Account> page(PageRequest request) {
    return Page.fetch(
        em.createNamedQuery(Account.ALL, Account.class),
        em.createNamedQuery(Account.COUNT, Long.class),
        request);
  }

  /**
   * One page of the accounts that match, by username. The text is matched anywhere in the username
   * or display name, ignoring case; the roles of the page's accounts are read in one more query.
   */
  public Page<Account> search(AccountFilter filter, PageRequest request) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String text = filter.text() == null ? "" : filter.text().strip();
    if (!text.isEmpty()) {
      where.append(
          " and (lower(a.username) like :text escape '\\'"
              + " or lower(a.displayName) like :text escape '\\')");
    }
    if (filter.role() != null) {
      where.append(" and :role member of a.roles");
    }
    TypedQuery<Account> items =
        em.createQuery("select a from Account a" + where + " order by a.username", Account.class)
            .setHint("eclipselink.batch", "a.roles")
            .setHint("eclipselink.batch.type", "IN");
    TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
    if (!text.isEmpty()) {
      String pattern = "%" + Sql.escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
      items.setParameter("text", pattern);
      count.setParameter("text", pattern);
    }
    if (filter.role() != null) {
      items.setParameter("role", filter.role());
      count.setParameter("role", filter.role());
    }
    return Page.fetch(items, count, request);
  }

  public boolean anyHolds(Role role) {
    return em.createQuery(
                "select count(a) from Account a join a.roles r where r = :role and a.enabled = true",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }
}
