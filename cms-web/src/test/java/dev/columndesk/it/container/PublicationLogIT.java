package dev.columndesk.it.container;

import static dev.columndesk.it.container.ColumnFixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.it.container.ColumnFixtures.Cast;
import dev.columndesk.service.paging.PageRequest;
import dev.columndesk.service.search.SearchHit;
import dev.columndesk.service.search.SiteSearch;
import dev.columndesk.web.site.RenderedPage;
import dev.columndesk.web.site.RenderedPages;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How an instance learns of what another instance published: only through the database. These tests
 * write a publication and its audit entry straight into the database, as another instance would, so
 * that this instance hears no event of its own; within two seconds its search index and its page
 * cache must follow anyway, from the publication log.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationLogIT {

  private static final Duration WITHIN = Duration.ofSeconds(2);

  @Inject private ColumnFixtures fixtures;
  @Inject private SiteSearch search;
  @Inject private RenderedPages pages;

  @Test
  void aPublicationByAnotherInstanceReachesTheIndexAndEmptiesThePageCache() throws Exception {
    Cast cast = fixtures.cast("log-pub");
    String word = "등대지기" + UUID.randomUUID().toString().substring(0, 6);
    long id = fixtures.approved(cast, "log-", "다른 인스턴스의 " + word, "<p>" + word + " 본문</p>");
    RenderedPage before = RenderedPage.html("<p>before</p>", null);
    assertSame(before, pages.get("probe-" + id, () -> before));

    fixtures.change(
        id,
        cast,
        (column, people, em) -> elsewhere(column, em, AuditAction.PUBLISH, people.publisher()));

    await(() -> found(word).contains(slug(id)), "the column in the index");
    await(
        () -> pages.get("probe-" + id, () -> RenderedPage.html("<p>after</p>", null)) != before,
        "the cached page forgotten");
  }

  @Test
  void aTakeDownByAnotherInstanceLeavesTheIndex() throws Exception {
    Cast cast = fixtures.cast("log-down");
    String word = "봉화대" + UUID.randomUUID().toString().substring(0, 6);
    long id = fixtures.approved(cast, "log-", "내려갈 " + word, "<p>" + word + " 본문</p>");
    fixtures.change(
        id,
        cast,
        (column, people, em) -> elsewhere(column, em, AuditAction.PUBLISH, people.publisher()));
    await(() -> found(word).contains(slug(id)), "the column in the index");

    fixtures.change(
        id,
        cast,
        (column, people, em) -> elsewhere(column, em, AuditAction.UNPUBLISH, people.publisher()));

    await(() -> !found(word).contains(slug(id)), "the column out of the index");
    assertEquals(ColumnStatus.UNPUBLISHED, fixtures.column(id).getStatus());
  }

  /** Publishes or takes down the column and writes the audit entry, with no event on this side. */
  private static void elsewhere(
      EditorialColumn column, EntityManager em, AuditAction action, Account publisher) {
    ColumnStatus from = column.getStatus();
    Instant at = now();
    if (action == AuditAction.PUBLISH) {
      column.publish(publisher, at);
    } else {
      column.unpublish(publisher, at);
    }
    em.persist(
        AuditEvent.record(
            at,
            publisher.getUsername(),
            action,
            column.getId(),
            from,
            column.getStatus(),
            column.getLiveRevision(),
            null,
            null));
  }

  private List<String> found(String word) {
    return search.search(word, new PageRequest(0, 10)).hits().stream()
        .map(SearchHit::slug)
        .toList();
  }

  private String slug(long id) {
    return fixtures.column(id).getSlug();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(WITHIN);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail(what + " within " + WITHIN);
      }
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), what);
  }
}
