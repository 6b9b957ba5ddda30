package dev.columndesk.service.magazine;

import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.service.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tags are made on first use. Missing tags are made in a transaction of their own, so that two
 * writers who introduce the same new tag at once both succeed: the loser of the race retries and
 * finds the winner's tag, and neither column save fails on it.
 */
@ApplicationScoped
public class Tags {

  /** How often missing tags are made and looked for again before the save gives up. */
  private static final int MAKE_ATTEMPTS = 8;

  @PersistenceContext private EntityManager em;

  @Inject private Tags self;

  /** The stored tags of these names, in the given order, made where missing. */
  public List<Tag> resolve(List<String> names) {
    List<String> normalized = normalize(names);
    if (normalized.isEmpty()) {
      return List.of();
    }
    Map<String, Tag> found = byName(normalized);
    for (int attempt = 1; found.size() < normalized.size(); attempt++) {
      List<String> missing = normalized.stream().filter(name -> !found.containsKey(name)).toList();
      if (attempt > MAKE_ATTEMPTS) {
        throw new IllegalStateException("Tags could not be made: " + missing);
      }
      if (attempt > 1) {
        // A rival's insert clashed with ours but is not committed yet (H2 reports the clash
        // at once rather than waiting): give it a moment to commit or roll back.
        pause(attempt * 25L);
      }
      // One new tag per transaction, in a fixed order, so writers introducing the same tags at
      // once never wait on each other in a circle; whoever loses a race finds the winner's tag.
      missing.stream().sorted().forEach(this::make);
      found.putAll(byName(missing));
    }
    return normalized.stream().map(found::get).toList();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while making tags", e);
    }
  }

  private void make(String name) {
    try {
      self.insert(name);
    } catch (RuntimeException e) {
      if (!Sql.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  /** Writes one tag at once, so that a clash fails here and rolls back only this insert. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(String name) {
    if (byName(List.of(name)).isEmpty()) {
      em.persist(Tag.named(name));
      em.flush();
    }
  }

  /** Normalized names without repeats, in the given order. */
  public static List<String> normalize(List<String> names) {
    if (names == null) {
      return List.of();
    }
    return List.copyOf(
        names.stream().map(Tag::normalize).collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private Map<String, Tag> byName(List<String> names) {
    return em.createNamedQuery(Tag.BY_NAMES, Tag.class)
        .setParameter("names", names)
        .getResultStream()
        .collect(Collectors.toMap(Tag::getName, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
