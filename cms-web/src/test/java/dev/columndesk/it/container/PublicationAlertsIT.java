package dev.columndesk.it.container;

import static dev.columndesk.it.container.ColumnFixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.Notification;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.it.container.ColumnFixtures.Cast;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts about scheduled publications, in a running Payara Micro with its real clocks: one that
 * goes out late and one whose publication fails reach every publisher and administrator once, in
 * the desk, and nobody else; later polls (of this or any instance) add nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationAlertsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Inject private ColumnFixtures fixtures;

  @Test
  void latePublicationAlertsPublishersAndAdminsOnce() throws Exception {
    Cast cast = fixtures.cast("alert-late");
    long id =
        fixtures.scheduled(cast, "late-", now().plusSeconds(3600), null, "늦은 칼럼", "<p>늦게 나간 글</p>");
    Instant due = now().minusSeconds(30);
    fixtures.moveSchedule(id, due, null); // as if every instance had been down for half a minute

    fixtures.awaitColumn(
        id, c -> c.getStatus() == ColumnStatus.PUBLISHED, now().plus(PATIENCE), "published");
    List<Notification> alerts =
        awaitAlerts(id, NotificationKind.PUBLICATION_LATE, expectedRecipients());
    Thread.sleep(3000); // three more polls of the notification clock
    List<Notification> later = alerts(id, NotificationKind.PUBLICATION_LATE);

    assertEquals(alerts.size(), later.size(), "each person is told once: " + later);
    assertEquals(expectedRecipients(), recipients(later));
    assertFalse(recipients(later).contains(cast.writer().getUsername()), "not the writer");
    assertFalse(recipients(later).contains(cast.editor().getUsername()), "not the editor");
    assertTrue(recipients(later).contains(cast.publisher().getUsername()), "the publisher");
    assertOncePerChannel(later);
    for (Notification alert : later) {
      assertEquals(due, alert.getDueAt(), "when it was due");
      assertEquals("scheduler", alert.getActor());
      if (alert.getChannel() == Channel.EMAIL) {
        assertNotNull(alert.getRecipient().getEmail(), "e-mail only to those with an address");
      }
    }
  }

  @Test
  void failingPublicationAlertsPublishersAndAdminsOnce() throws Exception {
    Cast cast = fixtures.cast("alert-fail");
    long id =
        fixtures.scheduled(
            cast, "fail-", now().plusSeconds(3600), null, "막힌 칼럼", "<p>나가지 못한 글</p>");
    String constraint = "alert_test_block_" + id;
    // The database refuses this one column's publication, as a broken database would.
    fixtures.inTransaction(
        em ->
            em.createNativeQuery(
                    "ALTER TABLE editorial_column ADD CONSTRAINT "
                        + constraint
                        + " CHECK (id <> "
                        + id
                        + " OR status <> 'PUBLISHED')")
                .executeUpdate());
    try {
      Instant due = now().minusSeconds(1);
      fixtures.moveSchedule(id, due, null);

      List<Notification> alerts =
          awaitAlerts(id, NotificationKind.PUBLICATION_FAILED, expectedRecipients());
      Thread.sleep(3000); // the clock keeps failing every second meanwhile
      List<Notification> later = alerts(id, NotificationKind.PUBLICATION_FAILED);

      assertEquals(alerts.size(), later.size(), "each person is told once: " + later);
      assertEquals(expectedRecipients(), recipients(later));
      assertOncePerChannel(later);
      assertFalse(recipients(later).contains(cast.writer().getUsername()), "not the writer");
      assertEquals(ColumnStatus.SCHEDULED, fixtures.column(id).getStatus(), "still waiting");
      later.forEach(alert -> assertEquals(due, alert.getDueAt(), "when it was due"));
      assertEquals(
          expectedRecipients(),
          recipients(alerts(id, NotificationKind.PUBLICATION_LATE)),
          "failing this long is also late");
    } finally {
      fixtures.inTransaction(
          em ->
              em.createNativeQuery("ALTER TABLE editorial_column DROP CONSTRAINT " + constraint)
                  .executeUpdate());
    }
    fixtures.awaitColumn(
        id,
        c -> c.getStatus() == ColumnStatus.PUBLISHED,
        now().plus(PATIENCE),
        "published once the database accepts it");
  }

  /** Every enabled publisher and administrator, as the alert should reach them. */
  private Set<String> expectedRecipients() {
    return fixtures
        .em()
        .createQuery(
            "select distinct a from Account a join a.roles r"
                + " where r in :roles and a.enabled = true",
            Account.class)
        .setParameter("roles", List.of(Role.PUBLISHER, Role.ADMIN))
        .getResultStream()
        .map(Account::getUsername)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<Notification> awaitAlerts(long id, NotificationKind kind, Set<String> expected)
      throws InterruptedException {
    return ColumnFixtures.await(
        () -> alerts(id, kind),
        found -> recipients(found).equals(expected),
        now().plus(PATIENCE),
        kind + " for " + expected);
  }

  private List<Notification> alerts(long id, NotificationKind kind) {
    List<Notification> found =
        fixtures
            .em()
            .createQuery(
                "select n from Notification n where n.columnId = :id and n.kind = :kind",
                Notification.class)
            .setParameter("id", id)
            .setParameter("kind", kind)
            .getResultList();
    fixtures.em().clear();
    return found;
  }

  /** Who was told in the desk: everyone alerted has a desk notification. */
  private static Set<String> recipients(List<Notification> alerts) {
    return alerts.stream()
        .filter(n -> n.getChannel() == Channel.DESK)
        .map(n -> n.getRecipient().getUsername())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertOncePerChannel(List<Notification> alerts) {
    Set<String> seen = new TreeSet<>();
    for (Notification alert : alerts) {
      assertTrue(
          seen.add(alert.getRecipient().getUsername() + "/" + alert.getChannel()),
          "told twice: " + alert + " in " + alerts);
    }
  }
}
