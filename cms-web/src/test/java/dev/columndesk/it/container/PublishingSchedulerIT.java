package dev.columndesk.it.container;

import static dev.columndesk.it.container.ColumnFixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.it.container.ColumnFixtures.Cast;
import dev.columndesk.it.container.ColumnFixtures.Outcome;
import dev.columndesk.service.publishing.DueWork;
import dev.columndesk.service.publishing.PublicColumn;
import dev.columndesk.service.publishing.PublicColumns;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publishing clock inside a running Payara Micro: a scheduled column goes live within two
 * seconds of its time, exactly once, with exactly the approved revision; it catches up on what fell
 * due while nobody polled; expiry takes it down again; and racing claims release a column once.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingSchedulerIT {

  /** The contract: published (or unpublished) within 2 seconds of its time. */
  private static final Duration ON_TIME = Duration.ofSeconds(2);

  /** How long to wait for the clock at most before calling it broken. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @Inject private ColumnFixtures fixtures;
  @Inject private DueWork dueWork;
  @Inject private PublicColumns publicColumns;

  @Test
  void scheduledColumnPublishesWithinTwoSecondsOfItsTime() throws Exception {
    Cast cast = fixtures.cast("ps-time");
    Instant publishAt = now().plusSeconds(3);
    long id = fixtures.scheduled(cast, "on-time-", publishAt, null, "세 시의 칼럼", "<p>정시에 나가는 글</p>");
    assertEquals(ColumnStatus.SCHEDULED, fixtures.column(id).getStatus());

    EditorialColumn published =
        fixtures.awaitColumn(
            id, PublishingSchedulerIT::published, deadline(publishAt), "published");

    Duration lateness = Duration.between(publishAt, published.getLivePublishedAt());
    assertOnTime(lateness, "publication");
    assertEquals(1, published.getApprovedRevision());
    assertEquals(published.getApprovedRevision(), published.getLiveRevision());
    assertEquals(published.getLivePublishedAt(), published.getFirstPublishedAt());
    assertNull(published.getPublishAt(), "the schedule is used up");
    assertNull(published.getUpdatedBy(), "the scheduler changed it, not a person");

    AuditEvent publish = onlyEvent(id, AuditAction.PUBLISH);
    assertEquals("scheduler", publish.getActor());
    assertEquals(publishAt, publish.getDueAt());
    assertFalse(publish.getAt().isBefore(publish.getDueAt()), "not before its time");
    assertEquals(published.getLivePublishedAt(), publish.getAt());
    assertEquals(ColumnStatus.SCHEDULED, publish.getFrom());
    assertEquals(ColumnStatus.PUBLISHED, publish.getTo());
    assertEquals(1, publish.getRevision());

    PublicColumn live = live(published.getSlug());
    assertEquals("세 시의 칼럼", live.title());
    assertEquals(1, live.revision());

    // Later polls find nothing more to do: still one publication.
    Thread.sleep(1500);
    onlyEvent(id, AuditAction.PUBLISH);
    assertEquals(published.getVersion(), fixtures.column(id).getVersion());
  }

  @Test
  void stoppingClockFinishesNoNewClaims() throws Exception {
    Cast cast = fixtures.cast("ps-stop");
    Instant publishAt = now().plusSeconds(3600); // the clock leaves it alone for an hour
    long id = fixtures.scheduled(cast, "stopping-", publishAt, null, "멈추는 중", "<p>다음 기회에</p>");
    AtomicInteger asked = new AtomicInteger();

    // A poll as if two hours had passed, while the application is stopping.
    int released = dueWork.runDue(publishAt.plusSeconds(3600), () -> asked.incrementAndGet() > 0);

    assertEquals(0, released, "no claim starts once stopping");
    assertTrue(asked.get() > 0, "the poll asked before claiming");
    assertEquals(ColumnStatus.SCHEDULED, fixtures.column(id).getStatus());
    assertEquals(List.of(), fixtures.events(id, AuditAction.PUBLISH));
  }

  @Test
  void twoCallersRacingPublishExactlyOnce() throws Exception {
    Cast cast = fixtures.cast("ps-race");
    int rounds = 10;
    int callers = 4;
    int callerWins = 0;
    int lostClaims = 0;
    for (int round = 0; round < rounds; round++) {
      long id =
          fixtures.scheduled(
              cast, "race-", now().plusSeconds(3600), null, "경합 " + round, "<p>한 번만</p>");
      long before = fixtures.column(id).getVersion(); // a native update leaves it as it is
      Instant fellDue = now().minusMillis(200);
      fixtures.moveSchedule(id, fellDue, null);

      List<Outcome<Boolean>> outcomes = fixtures.race(callers, () -> dueWork.publishDue(id, now()));

      int won = 0;
      List<Throwable> unexpected = new ArrayList<>();
      for (Outcome<Boolean> outcome : outcomes) {
        if (outcome.failure() == null) {
          won += outcome.result() ? 1 : 0;
        } else if (outcome.failure() instanceof DueWork.LostClaim) {
          lostClaims++;
        } else {
          unexpected.add(outcome.failure());
        }
      }
      assertEquals(List.of(), describe(unexpected), "round " + round + ": losers lose quietly");
      assertTrue(won <= 1, "round " + round + ": at most one caller published, " + won + " did");
      callerWins += won;

      // When none of the callers won, the publishing clock claimed it first: also fine, once.
      EditorialColumn after =
          fixtures.awaitColumn(
              id, PublishingSchedulerIT::published, now().plus(PATIENCE), "published");
      AuditEvent publish = onlyEvent(id, AuditAction.PUBLISH);
      assertEquals(fellDue, publish.getDueAt());
      assertEquals(before + 1, after.getVersion(), "round " + round + ": one update went through");
      assertEquals(1, after.getLiveRevision());
    }
    assertTrue(
        callerWins >= rounds / 2,
        "the callers, not the clock, won most races ("
            + callerWins
            + " of "
            + rounds
            + ", "
            + lostClaims
            + " lost claims)");
  }

  @Test
  void twoCallersRacingUnpublishExactlyOnce() throws Exception {
    Cast cast = fixtures.cast("ps-unrace");
    for (int round = 0; round < 5; round++) {
      long id =
          fixtures.scheduled(
              cast,
              "unrace-",
              now().plusSeconds(3600),
              now().plusSeconds(7200),
              "내림 경합 " + round,
              "<p>한 번만 내려감</p>");
      fixtures.change(id, cast, (column, people, em) -> column.publish(people.publisher(), now()));
      long before = fixtures.column(id).getVersion();
      Instant expired = now().minusMillis(200);
      fixtures.moveSchedule(id, null, expired);

      List<Outcome<Boolean>> outcomes = fixtures.race(4, () -> dueWork.unpublishDue(id, now()));

      int won = 0;
      List<Throwable> unexpected = new ArrayList<>();
      for (Outcome<Boolean> outcome : outcomes) {
        if (outcome.failure() == null) {
          won += outcome.result() ? 1 : 0;
        } else if (!(outcome.failure() instanceof DueWork.LostClaim)) {
          unexpected.add(outcome.failure());
        }
      }
      assertEquals(List.of(), describe(unexpected), "round " + round + ": losers lose quietly");
      assertTrue(won <= 1, "round " + round + ": at most one caller unpublished, " + won + " did");
      EditorialColumn after =
          fixtures.awaitColumn(
              id,
              column -> column.getStatus() == ColumnStatus.UNPUBLISHED,
              now().plus(PATIENCE),
              "unpublished");
      AuditEvent unpublish = onlyEvent(id, AuditAction.UNPUBLISH);
      assertEquals(expired, unpublish.getDueAt());
      assertEquals("scheduler", unpublish.getActor());
      assertEquals(before + 1, after.getVersion(), "round " + round + ": one update went through");
      assertNull(after.getLiveRevision());
    }
  }

  @Test
  void columnThatFellDueWhileStoppedIsPublishedOnNextPoll() throws Exception {
    Cast cast = fixtures.cast("ps-catch");
    long id =
        fixtures.scheduled(
            cast, "catch-up-", now().plusSeconds(3600), null, "밀린 칼럼", "<p>늦게라도</p>");
    Instant fellDue = now().minusSeconds(60);
    fixtures.moveSchedule(id, fellDue, null);
    Instant moved = now();

    EditorialColumn published =
        fixtures.awaitColumn(
            id, PublishingSchedulerIT::published, moved.plus(PATIENCE), "caught up");

    assertOnTime(Duration.between(moved, published.getLivePublishedAt()), "catch-up poll");
    AuditEvent publish = onlyEvent(id, AuditAction.PUBLISH);
    assertEquals("scheduler", publish.getActor());
    assertEquals(fellDue, publish.getDueAt(), "the audit log shows when it was due");
    Duration late = Duration.between(publish.getDueAt(), publish.getAt());
    assertTrue(
        late.compareTo(Duration.ofSeconds(60)) >= 0
            && late.compareTo(Duration.ofSeconds(60).plus(ON_TIME).plusSeconds(1)) <= 0,
        "lateness visible in the log: " + late);
    assertEquals(published.getLivePublishedAt(), publish.getAt());
    assertEquals(published.getApprovedRevision(), published.getLiveRevision());
  }

  @Test
  void columnWhoseWholeWindowPassedWhileStoppedIsPublishedThenUnpublished() throws Exception {
    Cast cast = fixtures.cast("ps-window");
    long id =
        fixtures.scheduled(
            cast,
            "window-",
            now().plusSeconds(3600),
            now().plusSeconds(7200),
            "지나간 칼럼",
            "<p>잠깐 나갔다 들어간다</p>");
    Instant publishDue = now().minusSeconds(120);
    Instant unpublishDue = now().minusSeconds(60);
    fixtures.moveSchedule(id, publishDue, unpublishDue);

    EditorialColumn after =
        fixtures.awaitColumn(
            id,
            column -> column.getStatus() == ColumnStatus.UNPUBLISHED,
            now().plus(PATIENCE),
            "published and unpublished");

    assertNull(after.getLiveRevision());
    AuditEvent publish = onlyEvent(id, AuditAction.PUBLISH);
    AuditEvent unpublish = onlyEvent(id, AuditAction.UNPUBLISH);
    assertEquals(publishDue, publish.getDueAt());
    assertEquals(unpublishDue, unpublish.getDueAt());
    assertEquals("scheduler", publish.getActor());
    assertEquals("scheduler", unpublish.getActor());
    assertFalse(unpublish.getAt().isBefore(publish.getAt()), "published before unpublished");
    assertEquals(1, unpublish.getRevision(), "the revision that was live");
    assertEquals(PublicColumns.State.GONE, publicColumns.find(after.getSlug()).state());
  }

  @Test
  void expiryUnpublishesAtItsTime() throws Exception {
    Cast cast = fixtures.cast("ps-expiry");
    Instant publishAt = now().plusSeconds(1);
    Instant unpublishAt = now().plusSeconds(3);
    long id = fixtures.scheduled(cast, "expiry-", publishAt, unpublishAt, "잠깐의 칼럼", "<p>곧 내려감</p>");

    EditorialColumn live =
        fixtures.awaitColumn(id, PublishingSchedulerIT::published, deadline(publishAt), "live");
    assertEquals(unpublishAt, live.getUnpublishAt(), "the expiry survives publication");
    assertEquals(1, live.getLiveRevision());

    EditorialColumn expired =
        fixtures.awaitColumn(
            id,
            column -> column.getStatus() == ColumnStatus.UNPUBLISHED,
            deadline(unpublishAt),
            "unpublished");

    assertNull(expired.getLiveRevision());
    assertNull(expired.getLivePublishedAt());
    assertNull(expired.getUnpublishAt(), "the expiry is used up");
    assertNotNull(expired.getUnpublishedAt());
    assertOnTime(Duration.between(unpublishAt, expired.getUnpublishedAt()), "expiry");
    assertNull(expired.getUpdatedBy());

    onlyEvent(id, AuditAction.PUBLISH);
    AuditEvent unpublish = onlyEvent(id, AuditAction.UNPUBLISH);
    assertEquals("scheduler", unpublish.getActor());
    assertEquals(unpublishAt, unpublish.getDueAt());
    assertEquals(expired.getUnpublishedAt(), unpublish.getAt());
    assertEquals(ColumnStatus.PUBLISHED, unpublish.getFrom());
    assertEquals(ColumnStatus.UNPUBLISHED, unpublish.getTo());
    assertEquals(1, unpublish.getRevision());

    PublicColumns.Lookup gone = publicColumns.find(expired.getSlug());
    assertEquals(PublicColumns.State.GONE, gone.state());
    assertTrue(gone.column().isEmpty());
  }

  @Test
  void publishesExactlyTheApprovedRevision() throws Exception {
    Cast cast = fixtures.cast("ps-exact");
    long id = fixtures.draft(cast, "exact-", "첫 초안", "<p>초안 본문</p>");
    // Revision 2 is what the editor approves; revision 1 must never reach readers.
    fixtures.change(
        id,
        cast,
        (column, people, em) -> {
          ColumnFixtures.edit(column, people, em, "승인된 제목");
          ColumnFixtures.submitAndApprove(column, people, em);
          column.schedule(people.publisher(), now().plusSeconds(1), null, now());
        });
    EditorialColumn first =
        fixtures.awaitColumn(
            id, PublishingSchedulerIT::published, now().plus(PATIENCE), "published");
    assertEquals(2, first.getLiveRevision());
    PublicColumn approved = live(first.getSlug());
    assertEquals(2, approved.revision());
    assertEquals("승인된 제목", approved.title());
    assertEquals(fixtures.revision(id, 2).getBody(), approved.body());
    assertFalse(approved.isUpdated());

    // A correction of the live column: a new draft, while readers keep the published revision.
    fixtures.change(
        id, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "정정 중"));
    EditorialColumn correcting = fixtures.column(id);
    assertEquals(ColumnStatus.DRAFT, correcting.getStatus());
    assertEquals("정정 중", correcting.getTitle());
    assertEquals(2, correcting.getLiveRevision());
    PublicColumn stillLive = live(first.getSlug());
    assertEquals(2, stillLive.revision());
    assertEquals("승인된 제목", stillLive.title());
    assertEquals(approved.body(), stillLive.body());

    // The correction, approved and scheduled, replaces it; the first publication date stays.
    fixtures.change(
        id,
        cast,
        (column, people, em) -> {
          ColumnFixtures.submitAndApprove(column, people, em);
          column.schedule(people.publisher(), now().plusSeconds(1), null, now());
        });
    EditorialColumn corrected =
        fixtures.awaitColumn(
            id,
            column -> published(column) && column.getLiveRevision() == 3,
            now().plus(PATIENCE),
            "the correction published");
    PublicColumn updated = live(first.getSlug());
    assertEquals(3, updated.revision());
    assertEquals("정정 중", updated.title());
    assertEquals(fixtures.revision(id, 3).getBody(), updated.body());
    assertEquals(first.getFirstPublishedAt(), corrected.getFirstPublishedAt());
    assertTrue(updated.isUpdated(), "readers see it was updated");
    assertEquals(2, fixtures.events(id, AuditAction.PUBLISH).size());
  }

  @Test
  void unscheduledColumnIsNotPublished() throws Exception {
    Cast cast = fixtures.cast("ps-unsched");
    Instant publishAt = now().plusSeconds(2);
    long id = fixtures.scheduled(cast, "unscheduled-", publishAt, null, "취소된 칼럼", "<p>안 나감</p>");
    fixtures.change(id, cast, (column, people, em) -> column.unschedule(people.publisher(), now()));

    assertStaysUnpublished(id, publishAt, ColumnStatus.APPROVED);
    assertNull(fixtures.column(id).getPublishAt());
  }

  @Test
  void editedScheduledColumnIsNotPublished() throws Exception {
    Cast cast = fixtures.cast("ps-edited");
    Instant publishAt = now().plusSeconds(2);
    long id = fixtures.scheduled(cast, "edited-", publishAt, null, "고친 칼럼", "<p>원래</p>");
    fixtures.change(
        id, cast, (column, people, em) -> ColumnFixtures.edit(column, people, em, "고침"));

    assertStaysUnpublished(id, publishAt, ColumnStatus.DRAFT);
    EditorialColumn column = fixtures.column(id);
    assertNull(column.getApprovedRevision(), "the approval ended with the edit");
    assertNull(column.getPublishAt(), "the schedule ended with the edit");
  }

  @Test
  void rescheduledColumnPublishesAtItsNewTimeOnly() throws Exception {
    Cast cast = fixtures.cast("ps-resched");
    Instant first = now().plusSeconds(2);
    Instant second = first.plusSeconds(3);
    long id = fixtures.scheduled(cast, "rescheduled-", first, null, "미뤄진 칼럼", "<p>나중에</p>");
    fixtures.change(
        id, cast, (column, people, em) -> column.schedule(people.publisher(), second, null, now()));

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), first).toMillis() + 1200));
    EditorialColumn waiting = fixtures.column(id);
    assertEquals(ColumnStatus.SCHEDULED, waiting.getStatus(), "not at the old time");
    assertEquals(second, waiting.getPublishAt());

    EditorialColumn published =
        fixtures.awaitColumn(id, PublishingSchedulerIT::published, deadline(second), "published");
    assertOnTime(Duration.between(second, published.getLivePublishedAt()), "rescheduled");
    assertEquals(second, onlyEvent(id, AuditAction.PUBLISH).getDueAt());
  }

  @Test
  void publishAtFarInTheFutureIsKeptAsGivenOrRefusedButNeverDueNow() throws Exception {
    Cast cast = fixtures.cast("ps-far");
    long id = fixtures.approved(cast, "far-", "먼 훗날의 칼럼", "<p>아주 나중에</p>");
    Instant farAway = Instant.parse("+999999999-12-31T23:59:59Z");

    RuleViolation refused = null;
    try {
      fixtures.change(
          id,
          cast,
          (column, people, em) -> column.schedule(people.publisher(), farAway, null, now()));
    } catch (RuleViolation violation) {
      refused = violation;
    }

    if (refused != null) {
      // Refusing a time beyond what can be stored is fine: as invalid input, changing nothing.
      assertEquals(RuleViolation.Kind.INVALID, refused.kind(), refused::getMessage);
      assertEquals(ColumnStatus.APPROVED, fixtures.column(id).getStatus());
      return;
    }
    // Accepted, it must be stored as given, and so not fall due for ages.
    EditorialColumn stored = fixtures.column(id);
    assertEquals(ColumnStatus.SCHEDULED, stored.getStatus(), "not released by the clock");
    assertEquals(farAway, stored.getPublishAt(), "stored as given");
    assertFalse(dueWork.publishDue(id, now()), "not due now");
    assertEquals(List.of(), fixtures.events(id, AuditAction.PUBLISH));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private void assertStaysUnpublished(long id, Instant publishAt, ColumnStatus expected)
      throws InterruptedException {
    // Past the old time plus the whole allowance, the clock has polled it several times.
    Instant until = publishAt.plus(ON_TIME).plusMillis(500);
    while (Instant.now().isBefore(until)) {
      EditorialColumn column = fixtures.column(id);
      assertEquals(expected, column.getStatus());
      assertNull(column.getLiveRevision());
      Thread.sleep(100);
    }
    assertEquals(expected, fixtures.column(id).getStatus());
    assertEquals(List.of(), fixtures.events(id, AuditAction.PUBLISH));
    assertEquals(
        PublicColumns.State.UNKNOWN, publicColumns.find(fixtures.column(id).getSlug()).state());
  }

  private static boolean published(EditorialColumn column) {
    return column.getStatus() == ColumnStatus.PUBLISHED && column.getLiveRevision() != null;
  }

  private static Instant deadline(Instant due) {
    return due.plus(PATIENCE);
  }

  private static void assertOnTime(Duration lateness, String what) {
    assertFalse(lateness.isNegative(), what + " before its time: " + lateness);
    assertTrue(lateness.compareTo(ON_TIME) <= 0, what + " more than 2 s late: " + lateness);
  }

  private AuditEvent onlyEvent(long id, AuditAction action) {
    List<AuditEvent> events = fixtures.events(id, action);
    assertEquals(1, events.size(), "exactly one " + action + " of column " + id);
    return events.get(0);
  }

  private PublicColumn live(String slug) {
    PublicColumns.Lookup lookup = publicColumns.find(slug);
    assertEquals(PublicColumns.State.LIVE, lookup.state(), slug);
    return lookup.column().orElseThrow();
  }

  private static List<String> describe(List<Throwable> failures) {
    return failures.stream()
        .map(failure -> failure.getClass().getName() + ": " + failure.getMessage())
        .toList();
  }
}
