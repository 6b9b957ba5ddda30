package dev.columndesk.service.account;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.error.NotFoundException;
import dev.columndesk.service.error.StaleVersionException;
import dev.columndesk.service.paging.Page;
import dev.columndesk.service.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
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

  public boolean anyHolds(Role role) {
    return em.createQuery(
                "select count(a) from Account a join a.roles r where r = :role and a.enabled = true",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }
}
