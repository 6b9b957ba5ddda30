package dev.columndesk.domain.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.magazine.Magazine;
import dev.columndesk.domain.magazine.Tag;
import dev.columndesk.domain.support.RuleViolation;
import dev.columndesk.domain.support.RuleViolation.Kind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a column's life: every transition of the contract's table, allowed and refused, with
 * the kind of rule a refusal names (FORBIDDEN for the person, CONFLICT for the status, INVALID for
 * the input).
 */
class EditorialColumnTest {

  /** Start of every test's story; the microseconds matter, the nanoseconds do not. */
  private static final Instant T0 = Instant.parse("2026-11-27T01:00:00.123456Z");

  /** When a scheduled column of {@link #columnIn} is due. */
  private static final Instant DUE = at(1000);

  private final Account writer = account("writer", Role.WRITER);
  private final Account writer2 = account("writer2", Role.WRITER);
  private final Account editor = account("editor", Role.EDITOR);
  private final Account editor2 = account("editor2", Role.EDITOR);
  private final Account publisher = account("publisher", Role.PUBLISHER);
  private final Account admin = account("admin", Role.ADMIN);

  // --- start -----------------------------------------------------------------------------------

  @Test
  void writerStartsADraftAtRevisionOne() {
    ColumnContent content =
        new ColumnContent(
            "메타, 오픈AI에 도전장",
            "부제",
            "요약",
            "<p>본문</p>",
            null,
            List.of(Tag.named("칼럼/에세이"), Tag.named("AI")));

    Revision first = EditorialColumn.start(writer, "메타-오픈ai에-도전장", content, T0.plusNanos(789));
    EditorialColumn column = first.getColumn();

    assertNotNull(column);
    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertEquals("메타-오픈ai에-도전장", column.getSlug());
    assertSame(writer, column.getAuthor());
    assertEquals(1, column.getRevision());
    assertEquals("메타, 오픈AI에 도전장", column.getTitle());
    assertEquals(List.of("칼럼/에세이", "AI"), column.getTagNames());
    assertNull(column.getApprovedRevision());
    assertNull(column.getLiveRevision());
    assertFalse(column.isLive());
    assertFalse(column.wasUnpublished());
    assertEquals(T0, column.getCreatedAt());
    assertEquals(T0, column.getUpdatedAt());
    assertSame(writer, column.getUpdatedBy());

    assertEquals(1, first.getNumber());
    assertEquals(RevisionKind.CREATE, first.getKind());
    assertSame(writer, first.getCreatedBy());
    assertEquals(T0, first.getCreatedAt());
    assertEquals("<p>본문</p>", first.getBody());
    assertEquals(List.of("칼럼/에세이", "AI"), first.getTags());
    assertNull(first.getRestoredFrom());
  }

  @Test
  void editorMayStartAColumn() {
    EditorialColumn column = EditorialColumn.start(editor, "s", content("편집자 글"), T0).getColumn();

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertTrue(column.isAuthor(editor));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PUBLISHER", "ADMIN"})
  void publishersAndAdminsCannotStartAColumn(Role role) {
    Account someone = account("someone", role);

    assertViolation(Kind.FORBIDDEN, () -> EditorialColumn.start(someone, "s", content("제목"), T0));
  }

  // --- edit ------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "DRAFT, DRAFT",
    "CHANGES_REQUESTED, CHANGES_REQUESTED",
    "APPROVED, DRAFT",
    "SCHEDULED, DRAFT",
    "PUBLISHED, DRAFT",
    "UNPUBLISHED, DRAFT"
  })
  void authorEditsFromEveryStatusButInReview(ColumnStatus from, ColumnStatus to) {
    EditorialColumn column = columnIn(from);
    int before = column.getRevision();

    Revision saved = column.edit(writer, content("고친 원고"), RevisionKind.EDIT, at(2000));

    assertEquals(to, column.getStatus());
    assertEquals(before + 1, column.getRevision());
    assertEquals(before + 1, saved.getNumber());
    assertEquals("고친 원고", column.getTitle());
  }

  @Test
  void authorCannotEditWhileInReview() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(
        Kind.CONFLICT, () -> column.edit(writer, content("몰래 고침"), RevisionKind.EDIT, at(10)));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
    assertEquals(1, column.getRevision());
    assertEquals("첫 원고", column.getTitle());
  }

  @Test
  void authorCannotAutosaveWhileInReviewEither() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(
        Kind.CONFLICT, () -> column.edit(writer, content("자동 저장"), RevisionKind.AUTOSAVE, at(10)));
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, DRAFT",
    "IN_REVIEW, IN_REVIEW",
    "CHANGES_REQUESTED, CHANGES_REQUESTED",
    "APPROVED, DRAFT",
    "SCHEDULED, DRAFT",
    "PUBLISHED, DRAFT",
    "UNPUBLISHED, DRAFT"
  })
  void editorEditsFromEveryStatusAndACopyEditInReviewStaysInReview(
      ColumnStatus from, ColumnStatus to) {
    EditorialColumn column = columnIn(from);
    int before = column.getRevision();

    Revision saved = column.edit(editor2, content("교정본"), RevisionKind.EDIT, at(2000));

    assertEquals(to, column.getStatus());
    assertEquals(before + 1, saved.getNumber());
    assertSame(editor2, saved.getCreatedBy());
    assertSame(editor2, column.getUpdatedBy());
  }

  @Test
  void editingApprovedColumnReturnsItToDraftAndEndsApproval() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    assertEquals(1, column.getApprovedRevision());

    column.edit(writer, content("승인 뒤 고침"), RevisionKind.EDIT, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertNull(column.getApprovedRevision());
    assertEquals(2, column.getRevision());
  }

  @Test
  void editingScheduledColumnReturnsItToDraftAndCancelsTheSchedule() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.schedule(publisher, DUE, DUE.plus(7, ChronoUnit.DAYS), at(3));

    column.edit(writer, content("예약 뒤 고침"), RevisionKind.EDIT, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertNull(column.getApprovedRevision());
    assertNull(column.getPublishAt());
    assertNull(column.getUnpublishAt(), "a column that never went live keeps no expiry");
    assertFalse(column.isDueForPublishing(DUE));
  }

  @Test
  void editingPublishedColumnStartsACorrectionWhileTheLiveRevisionStays() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    Instant livePublishedAt = column.getLivePublishedAt();

    column.edit(writer, content("정정본"), RevisionKind.EDIT, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertNull(column.getApprovedRevision());
    assertNull(column.getPublishAt());
    assertTrue(column.isLive());
    assertEquals(1, column.getLiveRevision());
    assertEquals(livePublishedAt, column.getLivePublishedAt());
    assertEquals(2, column.getRevision());
  }

  @Test
  void correctionKeepsTheExpiryOfTheLiveRevision() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    Instant expiry = DUE.plus(7, ChronoUnit.DAYS);
    column.schedule(publisher, DUE, expiry, at(3));
    column.publishAsScheduled(DUE);

    column.edit(writer, content("정정본"), RevisionKind.EDIT, DUE.plusSeconds(60));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertEquals(1, column.getLiveRevision());
    assertEquals(expiry, column.getUnpublishAt());
  }

  @Test
  void editingUnpublishedColumnReturnsItToDraftAndItStaysDown() {
    EditorialColumn column = columnIn(ColumnStatus.UNPUBLISHED);

    column.edit(writer, content("다시 쓰기"), RevisionKind.EDIT, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertFalse(column.isLive());
    assertTrue(column.wasUnpublished());
  }

  @ParameterizedTest
  @EnumSource(ColumnStatus.class)
  void anotherWriterCannotEditTheColumn(ColumnStatus status) {
    EditorialColumn column = columnIn(status);
    int before = column.getRevision();

    assertViolation(
        Kind.FORBIDDEN, () -> column.edit(writer2, content("남의 글"), RevisionKind.EDIT, at(2000)));

    assertEquals(status, column.getStatus());
    assertEquals(before, column.getRevision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"publisher", "admin"})
  void publishersAndAdminsCannotEditAColumn(String username) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    assertViolation(
        Kind.FORBIDDEN,
        () -> column.edit(person(username), content("손대기"), RevisionKind.EDIT, at(10)));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertEquals(1, column.getApprovedRevision());
  }

  @Test
  void revisionNumbersGrowByOneWithEverySave() {
    EditorialColumn column = EditorialColumn.start(writer, "s", content("v1"), T0).getColumn();

    Revision second = column.edit(writer, content("v2"), RevisionKind.EDIT, at(1));
    Revision third = column.edit(writer, content("v3"), RevisionKind.AUTOSAVE, at(2));
    Revision fourth = column.edit(editor, content("v4"), RevisionKind.EDIT, at(3));

    assertEquals(
        List.of(2, 3, 4), List.of(second.getNumber(), third.getNumber(), fourth.getNumber()));
    assertEquals(4, column.getRevision());
    assertEquals(RevisionKind.AUTOSAVE, third.getKind());
  }

  @Test
  void eachEditReturnsASnapshotOfTheSavedContent() {
    EditorialColumn column = EditorialColumn.start(writer, "s", content("v1"), T0).getColumn();
    Magazine magazine = Magazine.found("월요-칼럼", "월요 칼럼", null, T0);
    ColumnContent content =
        new ColumnContent(
            "  새 제목  ",
            "새 부제",
            "새 요약",
            "<p>새 본문 🙂</p>",
            magazine,
            List.of(Tag.named("경제"), Tag.named("칼럼/에세이")));

    Revision saved = column.edit(writer, content, RevisionKind.EDIT, at(5).plusNanos(999));

    assertSame(column, saved.getColumn());
    assertEquals(2, saved.getNumber());
    assertEquals(RevisionKind.EDIT, saved.getKind());
    assertEquals("새 제목", saved.getTitle());
    assertEquals("새 부제", saved.getSubtitle());
    assertEquals("새 요약", saved.getSummary());
    assertEquals("<p>새 본문 🙂</p>", saved.getBody());
    assertEquals(List.of("경제", "칼럼/에세이"), saved.getTags());
    assertSame(magazine, saved.getMagazine());
    assertSame(writer, saved.getCreatedBy());
    assertEquals(at(5), saved.getCreatedAt());
    assertNull(saved.getRestoredFrom());

    assertEquals(at(5), column.getUpdatedAt());
    assertSame(writer, column.getUpdatedBy());
    assertSame(magazine, column.getMagazine());
  }

  @Test
  void aSnapshotNeverChangesWhenTheColumnChangesLater() {
    Revision first =
        EditorialColumn.start(
            writer, "s", new ColumnContent("v1", null, null, "<p>1</p>", null, tags("가")), T0);
    EditorialColumn column = first.getColumn();

    column.edit(
        writer,
        new ColumnContent("v2", null, null, "<p>2</p>", null, tags("나", "다")),
        RevisionKind.EDIT,
        at(1));

    assertEquals("v1", first.getTitle());
    assertEquals("<p>1</p>", first.getBody());
    assertEquals(List.of("가"), first.getTags());
    assertEquals(List.of("나", "다"), column.getTagNames());
  }

  @Test
  void aSaveCannotPretendToCreateTheColumn() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    assertThrows(
        IllegalArgumentException.class,
        () -> column.edit(writer, content("다시 시작"), RevisionKind.CREATE, at(1)));
    assertEquals(1, column.getRevision());
  }

  @Test
  void transitionsMakeNoRevisions() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    column.submit(writer, at(1));
    column.requestChanges(editor, at(2));
    column.submit(writer, at(3));
    column.approve(editor, at(4));
    column.schedule(publisher, DUE, null, at(5));
    column.unschedule(publisher, at(6));
    column.publish(publisher, at(7));
    column.unpublish(publisher, at(8));

    assertEquals(1, column.getRevision());
  }

  // --- submit and withdraw ---------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(
      value = ColumnStatus.class,
      names = {"DRAFT", "CHANGES_REQUESTED"})
  void authorSubmitsForReview(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    column.submit(writer, at(10));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
    assertEquals(at(10), column.getUpdatedAt());
    assertSame(writer, column.getUpdatedBy());
  }

  @Test
  void editorMaySubmitSomeoneElsesColumn() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    column.submit(editor, at(10));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
  }

  @ParameterizedTest
  @EnumSource(
      value = ColumnStatus.class,
      names = {"DRAFT", "CHANGES_REQUESTED"},
      mode = EnumSource.Mode.EXCLUDE)
  void submittingFromAnyOtherStatusIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.submit(writer, at(2000)));

    assertEquals(from, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer2", "publisher", "admin"})
  void onlyTheAuthorOrAnEditorSubmits(String username) {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    assertViolation(Kind.FORBIDDEN, () -> column.submit(person(username), at(10)));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
  }

  @Test
  void authorWithdrawsFromReviewBackToDraft() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    column.withdraw(writer, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    column.edit(writer, content("철회 뒤 고침"), RevisionKind.EDIT, at(11));
    assertEquals(2, column.getRevision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"editor", "writer2", "publisher", "admin"})
  void onlyTheAuthorWithdraws(String username) {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(Kind.FORBIDDEN, () -> column.withdraw(person(username), at(10)));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
  void withdrawingOutsideReviewIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.withdraw(writer, at(2000)));

    assertEquals(from, column.getStatus());
  }

  // --- approve and request changes -------------------------------------------------------------

  @Test
  void editorApprovesTheRevisionUnderReview() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(1));
    column.submit(writer, at(2));

    column.approve(editor, at(3));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertEquals(2, column.getApprovedRevision());
    assertSame(editor, column.getUpdatedBy());
    assertEquals(at(3), column.getUpdatedAt());
    assertFalse(column.isLive());
  }

  @Test
  void approvalBindsTheNewestRevisionAfterACopyEditInReview() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);
    column.edit(editor, content("교정본"), RevisionKind.EDIT, at(5));

    column.approve(editor2, at(6));

    assertEquals(2, column.getApprovedRevision());
  }

  @Test
  void writerCannotApproveOwnColumn() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(Kind.FORBIDDEN, () -> column.approve(writer, at(10)));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
    assertNull(column.getApprovedRevision());
  }

  @Test
  void editorCannotApproveAColumnTheyWrote() {
    Account editorWriter =
        Account.open("columnist", "칼럼니스트 편집자", "hash", EnumSet.of(Role.WRITER, Role.EDITOR), T0);
    EditorialColumn column =
        EditorialColumn.start(editorWriter, "s", content("내 글"), T0).getColumn();
    column.submit(editorWriter, at(1));

    assertViolation(Kind.FORBIDDEN, () -> column.approve(editorWriter, at(2)));
    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());

    column.approve(editor, at(3));
    assertEquals(ColumnStatus.APPROVED, column.getStatus());
  }

  @Test
  void editorWhoWroteTheColumnCannotChangeItWhileAnotherEditorReviewsIt() {
    EditorialColumn column = EditorialColumn.start(editor, "s", content("심사받을 글"), T0).getColumn();
    column.submit(editor, at(1));

    assertViolation(
        Kind.CONFLICT,
        () -> column.edit(editor, content("심사 중에 몰래 고친 글"), RevisionKind.EDIT, at(2)));
    assertEquals(1, column.getRevision());

    column.approve(editor2, at(3));
    assertEquals(1, column.getApprovedRevision(), "what editor2 read is what is approved");
  }

  @Test
  void editorCannotRequestChangesToAColumnTheyWrote() {
    EditorialColumn column = EditorialColumn.start(editor, "s", content("내 글"), T0).getColumn();
    column.submit(editor, at(1));

    assertViolation(Kind.FORBIDDEN, () -> column.requestChanges(editor, at(2)));
    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());

    column.requestChanges(editor2, at(3));
    assertEquals(ColumnStatus.CHANGES_REQUESTED, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer2", "publisher", "admin"})
  void onlyEditorsApprove(String username) {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(Kind.FORBIDDEN, () -> column.approve(person(username), at(10)));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
  void approvingOutsideReviewIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);
    Integer approvedBefore = column.getApprovedRevision();

    assertViolation(Kind.CONFLICT, () -> column.approve(editor2, at(2000)));

    assertEquals(from, column.getStatus());
    assertEquals(approvedBefore, column.getApprovedRevision());
  }

  @Test
  void editorRequestsChanges() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    column.requestChanges(editor, at(10));

    assertEquals(ColumnStatus.CHANGES_REQUESTED, column.getStatus());
    assertNull(column.getApprovedRevision());
    assertSame(editor, column.getUpdatedBy());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "writer2", "publisher", "admin"})
  void onlyEditorsRequestChanges(String username) {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(Kind.FORBIDDEN, () -> column.requestChanges(person(username), at(10)));

    assertEquals(ColumnStatus.IN_REVIEW, column.getStatus());
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
  void requestingChangesOutsideReviewIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.requestChanges(editor2, at(2000)));

    assertEquals(from, column.getStatus());
  }

  // --- schedule and unschedule -----------------------------------------------------------------

  @Test
  void publisherSchedulesAnApprovedColumn() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    Instant expiry = DUE.plus(30, ChronoUnit.DAYS);

    column.schedule(publisher, DUE, expiry, at(10));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertEquals(DUE, column.getPublishAt());
    assertEquals(expiry, column.getUnpublishAt());
    assertEquals(1, column.getApprovedRevision());
    assertFalse(column.isLive());
    assertSame(publisher, column.getUpdatedBy());
    assertEquals(at(10), column.getUpdatedAt());
  }

  @Test
  void publisherReschedulesAScheduledColumn() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);
    Instant later = DUE.plus(2, ChronoUnit.DAYS);

    column.schedule(publisher, later, null, at(10));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertEquals(later, column.getPublishAt());
    assertNull(column.getUnpublishAt());
    assertFalse(column.isDueForPublishing(DUE));
    assertTrue(column.isDueForPublishing(later));
  }

  @Test
  void scheduleKeepsItsInstantsToTheMicrosecond() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    column.schedule(publisher, DUE.plusNanos(999), DUE.plusSeconds(60).plusNanos(1), at(10));

    assertEquals(DUE, column.getPublishAt());
    assertEquals(DUE.plusSeconds(60), column.getUnpublishAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "admin"})
  void onlyPublishersSchedule(String username) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    assertViolation(Kind.FORBIDDEN, () -> column.schedule(person(username), DUE, null, at(10)));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertNull(column.getPublishAt());
  }

  @ParameterizedTest
  @EnumSource(
      value = ColumnStatus.class,
      names = {"APPROVED", "SCHEDULED"},
      mode = EnumSource.Mode.EXCLUDE)
  void schedulingAnythingButAnApprovedColumnIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.schedule(publisher, at(5000), null, at(2000)));

    assertEquals(from, column.getStatus());
    assertNull(column.getPublishAt());
  }

  @Test
  void publishAtIsRequired() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    assertViolation(Kind.INVALID, () -> column.schedule(publisher, null, null, at(10)));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(longs = {-86_400, -1, 0})
  void publishAtMustBeInTheFuture(long secondsFromNow) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    Instant now = at(10);

    assertViolation(
        Kind.INVALID, () -> column.schedule(publisher, now.plusSeconds(secondsFromNow), null, now));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertNull(column.getPublishAt());
  }

  @ParameterizedTest
  @ValueSource(longs = {-3600, 0})
  void unpublishAtMustBeAfterPublishAt(long secondsFromPublishAt) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    assertViolation(
        Kind.INVALID,
        () -> column.schedule(publisher, DUE, DUE.plusSeconds(secondsFromPublishAt), at(10)));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertNull(column.getPublishAt());
    assertNull(column.getUnpublishAt());
  }

  @Test
  void aRefusedRescheduleKeepsTheEarlierSchedule() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);

    assertViolation(Kind.INVALID, () -> column.schedule(publisher, at(5), null, at(10)));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertEquals(DUE, column.getPublishAt());
  }

  @Test
  void unscheduleReturnsTheColumnToApprovedWithoutASchedule() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.schedule(publisher, DUE, DUE.plus(1, ChronoUnit.DAYS), at(3));

    column.unschedule(publisher, at(10));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertEquals(1, column.getApprovedRevision());
    assertNull(column.getPublishAt());
    assertNull(column.getUnpublishAt());
    assertFalse(column.isDueForPublishing(DUE));
    column.publish(publisher, at(11));
    assertEquals(1, column.getLiveRevision());
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "SCHEDULED", mode = EnumSource.Mode.EXCLUDE)
  void unschedulingAColumnThatIsNotScheduledIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.unschedule(publisher, at(2000)));

    assertEquals(from, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "admin"})
  void onlyPublishersUnschedule(String username) {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);

    assertViolation(Kind.FORBIDDEN, () -> column.unschedule(person(username), at(10)));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertEquals(DUE, column.getPublishAt());
  }

  // --- publish ---------------------------------------------------------------------------------

  @Test
  void publishingReleasesTheApprovedRevision() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(1));
    column.submit(writer, at(2));
    column.approve(editor, at(3));

    column.publish(publisher, at(4).plusNanos(1));

    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertTrue(column.isLive());
    assertEquals(2, column.getLiveRevision());
    assertEquals(at(4), column.getLivePublishedAt());
    assertEquals(at(4), column.getFirstPublishedAt());
    assertNull(column.getUnpublishedAt());
    assertFalse(column.wasUnpublished());
    assertSame(publisher, column.getUpdatedBy());
    assertEquals(at(4), column.getUpdatedAt());
  }

  @Test
  void publishingAScheduledColumnNowEndsItsSchedule() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);

    column.publish(publisher, at(10));

    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertEquals(1, column.getLiveRevision());
    assertNull(column.getPublishAt());
    assertFalse(column.isDueForPublishing(DUE));
  }

  @ParameterizedTest
  @EnumSource(
      value = ColumnStatus.class,
      names = {"APPROVED", "SCHEDULED"},
      mode = EnumSource.Mode.EXCLUDE)
  void publishingAnythingButAnApprovedColumnIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);
    Integer liveBefore = column.getLiveRevision();

    assertViolation(Kind.CONFLICT, () -> column.publish(publisher, at(2000)));

    assertEquals(from, column.getStatus());
    assertEquals(liveBefore, column.getLiveRevision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "admin"})
  void onlyPublishersPublish(String username) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    assertViolation(Kind.FORBIDDEN, () -> column.publish(person(username), at(10)));

    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertFalse(column.isLive());
  }

  @Test
  void firstPublicationIsRememberedAcrossLaterPublications() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    Instant first = column.getFirstPublishedAt();
    column.unpublish(publisher, at(10));
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(11));
    column.submit(writer, at(12));
    column.approve(editor, at(13));

    column.publish(publisher, at(14));

    assertEquals(first, column.getFirstPublishedAt());
    assertEquals(at(14), column.getLivePublishedAt());
    assertEquals(2, column.getLiveRevision());
    assertNull(column.getUnpublishedAt());
    assertFalse(column.wasUnpublished());
  }

  // --- the scheduler ---------------------------------------------------------------------------

  @Test
  void schedulerPublishesWhenDueAndTellsWhenItWasDue() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);
    Instant late = DUE.plusSeconds(90).plusNanos(5);

    Instant due = column.publishAsScheduled(late);

    assertEquals(DUE, due);
    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertEquals(1, column.getLiveRevision());
    assertEquals(DUE.plusSeconds(90), column.getLivePublishedAt());
    assertEquals(DUE.plusSeconds(90), column.getFirstPublishedAt());
    assertNull(column.getPublishAt());
    assertNull(column.getUpdatedBy(), "the scheduler is nobody");
    assertEquals(DUE.plusSeconds(90), column.getUpdatedAt());
  }

  @Test
  void schedulerPublishesExactlyAtTheScheduledTime() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);

    assertTrue(column.isDueForPublishing(DUE));
    assertEquals(DUE, column.publishAsScheduled(DUE));
    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
  }

  @Test
  void schedulerCannotPublishBeforeTheTime() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);
    Instant early = DUE.minusNanos(1000);

    assertFalse(column.isDueForPublishing(early));
    assertViolation(Kind.CONFLICT, () -> column.publishAsScheduled(early));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertFalse(column.isLive());
  }

  @Test
  void schedulerPublishesOnlyOnce() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);
    column.publishAsScheduled(DUE);
    Instant livePublishedAt = column.getLivePublishedAt();

    assertFalse(column.isDueForPublishing(DUE.plusSeconds(1)));
    assertViolation(Kind.CONFLICT, () -> column.publishAsScheduled(DUE.plusSeconds(1)));

    assertEquals(livePublishedAt, column.getLivePublishedAt());
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "SCHEDULED", mode = EnumSource.Mode.EXCLUDE)
  void schedulerPublishesOnlyScheduledColumns(ColumnStatus from) {
    EditorialColumn column = columnIn(from);
    Instant farLater = DUE.plus(365, ChronoUnit.DAYS);

    assertFalse(column.isDueForPublishing(farLater));
    assertViolation(Kind.CONFLICT, () -> column.publishAsScheduled(farLater));

    assertEquals(from, column.getStatus());
  }

  @Test
  void schedulerUnpublishesWhenTheExpiryComes() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    Instant expiry = DUE.plus(7, ChronoUnit.DAYS);
    column.schedule(publisher, DUE, expiry, at(3));
    column.publishAsScheduled(DUE);
    assertEquals(expiry, column.getUnpublishAt());
    assertFalse(column.isDueForUnpublishing(expiry.minusSeconds(1)));
    assertTrue(column.isDueForUnpublishing(expiry));

    Instant due = column.unpublishAsScheduled(expiry.plusSeconds(1));

    assertEquals(expiry, due);
    assertEquals(ColumnStatus.UNPUBLISHED, column.getStatus());
    assertFalse(column.isLive());
    assertNull(column.getLiveRevision());
    assertNull(column.getUnpublishAt());
    assertEquals(expiry.plusSeconds(1), column.getUnpublishedAt());
    assertTrue(column.wasUnpublished());
    assertNull(column.getUpdatedBy());
  }

  @Test
  void schedulerCannotUnpublishBeforeTheExpiry() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    Instant expiry = DUE.plus(7, ChronoUnit.DAYS);
    column.schedule(publisher, DUE, expiry, at(3));
    column.publishAsScheduled(DUE);

    assertViolation(Kind.CONFLICT, () -> column.unpublishAsScheduled(expiry.minusSeconds(1)));

    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertTrue(column.isLive());
  }

  @Test
  void schedulerCannotUnpublishALiveColumnWithoutExpiry() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    Instant farLater = DUE.plus(365, ChronoUnit.DAYS);

    assertFalse(column.isDueForUnpublishing(farLater));
    assertViolation(Kind.CONFLICT, () -> column.unpublishAsScheduled(farLater));
    assertTrue(column.isLive());
  }

  @Test
  void schedulerCannotUnpublishAColumnThatIsNotLiveYet() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.schedule(publisher, DUE, DUE.plusSeconds(60), at(3));
    Instant afterExpiry = DUE.plusSeconds(120);

    assertFalse(column.isDueForUnpublishing(afterExpiry));
    assertViolation(Kind.CONFLICT, () -> column.unpublishAsScheduled(afterExpiry));
    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
  }

  // --- expiry of a live column -----------------------------------------------------------------

  @Test
  void publisherSetsAnExpiryOnALiveColumnAndTheSchedulerHonoursIt() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    Instant expiry = at(5000).plusNanos(7);

    column.expireAt(publisher, expiry, at(10));

    assertEquals(expiry.truncatedTo(ChronoUnit.MICROS), column.getUnpublishAt());
    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertSame(publisher, column.getUpdatedBy());
    assertEquals(at(10), column.getUpdatedAt());
    assertFalse(column.isDueForUnpublishing(at(4999)));
    column.unpublishAsScheduled(at(5001));
    assertEquals(ColumnStatus.UNPUBLISHED, column.getStatus());
  }

  @Test
  void publisherClearsTheExpiryOfALiveColumn() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.schedule(publisher, DUE, DUE.plus(7, ChronoUnit.DAYS), at(3));
    column.publishAsScheduled(DUE);

    column.expireAt(publisher, null, DUE.plusSeconds(5));

    assertNull(column.getUnpublishAt());
    assertFalse(column.isDueForUnpublishing(DUE.plus(30, ChronoUnit.DAYS)));
  }

  @Test
  void anExpiryOnACorrectionInProgressAppliesToWhatIsLive() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("정정 중"), RevisionKind.EDIT, at(10));

    column.expireAt(publisher, at(5000), at(11));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertTrue(column.isDueForUnpublishing(at(5000)));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -3600})
  void anExpiryMustBeInTheFuture(long secondsFromNow) {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);

    assertViolation(
        Kind.INVALID,
        () -> column.expireAt(publisher, at(100).plusSeconds(secondsFromNow), at(100)));

    assertNull(column.getUnpublishAt());
  }

  @Test
  void anExpiryBeyondTheLastYearIsInvalid() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);

    assertViolation(
        Kind.INVALID,
        () -> column.expireAt(publisher, EditorialColumn.LATEST.plusSeconds(1), at(100)));
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void onlyALiveColumnTakesAnExpiryOfItsOwn(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.expireAt(publisher, at(5000), at(2000)));

    assertEquals(from, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "admin"})
  void onlyPublishersSetAnExpiry(String username) {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);

    assertViolation(Kind.FORBIDDEN, () -> column.expireAt(person(username), at(5000), at(10)));

    assertNull(column.getUnpublishAt());
  }

  // --- unpublish -------------------------------------------------------------------------------

  @Test
  void unpublishingAPublishedColumnTakesItDown() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);

    column.unpublish(publisher, at(10).plusNanos(3));

    assertEquals(ColumnStatus.UNPUBLISHED, column.getStatus());
    assertFalse(column.isLive());
    assertNull(column.getLiveRevision());
    assertNull(column.getLivePublishedAt());
    assertEquals(at(10), column.getUnpublishedAt());
    assertTrue(column.wasUnpublished());
    assertSame(publisher, column.getUpdatedBy());
    assertEquals(at(3), column.getFirstPublishedAt());
  }

  @Test
  void unpublishingDuringACorrectionKeepsTheWorkingCopysStatus() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("정정 중"), RevisionKind.EDIT, at(10));

    column.unpublish(publisher, at(11));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertFalse(column.isLive());
    assertTrue(column.wasUnpublished());
    assertEquals(2, column.getRevision());
  }

  @Test
  void unpublishingAScheduledCorrectionKeepsItScheduled() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("정정본"), RevisionKind.EDIT, at(10));
    column.submit(writer, at(11));
    column.approve(editor, at(12));
    column.schedule(publisher, DUE, null, at(13));

    column.unpublish(publisher, at(14));

    assertEquals(ColumnStatus.SCHEDULED, column.getStatus());
    assertFalse(column.isLive());
    assertEquals(DUE, column.getPublishAt());
    assertEquals(2, column.getApprovedRevision());
  }

  @Test
  void unpublishingEndsTheExpiry() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.schedule(publisher, DUE, DUE.plus(7, ChronoUnit.DAYS), at(3));
    column.publishAsScheduled(DUE);

    column.unpublish(publisher, DUE.plusSeconds(60));

    assertNull(column.getUnpublishAt());
    assertFalse(column.isDueForUnpublishing(DUE.plus(8, ChronoUnit.DAYS)));
  }

  @ParameterizedTest
  @EnumSource(value = ColumnStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
  void unpublishingAColumnThatIsNotLiveIsAConflict(ColumnStatus from) {
    EditorialColumn column = columnIn(from);

    assertViolation(Kind.CONFLICT, () -> column.unpublish(publisher, at(2000)));

    assertEquals(from, column.getStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "admin"})
  void onlyPublishersUnpublish(String username) {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);

    assertViolation(Kind.FORBIDDEN, () -> column.unpublish(person(username), at(10)));

    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertTrue(column.isLive());
  }

  @Test
  void aColumnThatWasNeverLiveWasNotUnpublished() {
    assertFalse(columnIn(ColumnStatus.DRAFT).wasUnpublished());
    assertFalse(columnIn(ColumnStatus.SCHEDULED).wasUnpublished());
    assertFalse(columnIn(ColumnStatus.PUBLISHED).wasUnpublished());
    assertTrue(columnIn(ColumnStatus.UNPUBLISHED).wasUnpublished());
  }

  // --- the invariants, as stories --------------------------------------------------------------

  @Test
  void aCorrectionReplacesTheLiveRevisionOnlyOnceItIsApprovedAndPublished() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    assertEquals(1, column.getLiveRevision());

    column.edit(writer, content("정정본"), RevisionKind.EDIT, at(10));
    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertEquals(1, column.getLiveRevision());

    column.submit(writer, at(11));
    assertEquals(1, column.getLiveRevision());

    column.approve(editor, at(12));
    assertEquals(2, column.getApprovedRevision());
    assertEquals(1, column.getLiveRevision());
    assertEquals(at(3), column.getLivePublishedAt());

    column.publish(publisher, at(13));
    assertEquals(ColumnStatus.PUBLISHED, column.getStatus());
    assertEquals(2, column.getLiveRevision());
    assertEquals(at(13), column.getLivePublishedAt());
    assertEquals(at(3), column.getFirstPublishedAt());
  }

  @Test
  void whatIsPublishedIsExactlyWhatWasApproved() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);
    column.edit(writer, content("승인 뒤 몰래 고침"), RevisionKind.EDIT, at(10));

    assertNull(column.getApprovedRevision());
    assertViolation(Kind.CONFLICT, () -> column.publish(publisher, at(11)));
    assertViolation(Kind.CONFLICT, () -> column.schedule(publisher, DUE, null, at(11)));
    assertFalse(column.isLive());
    assertNull(column.getLiveRevision());
  }

  @Test
  void anEditAfterSchedulingStopsTheSchedulerFromPublishing() {
    EditorialColumn column = columnIn(ColumnStatus.SCHEDULED);
    column.edit(writer, content("예약 뒤 고침"), RevisionKind.AUTOSAVE, at(10));

    assertFalse(column.isDueForPublishing(DUE));
    assertViolation(Kind.CONFLICT, () -> column.publishAsScheduled(DUE));
    assertFalse(column.isLive());
  }

  @Test
  void anEditDuringACorrectionNeverReachesReadersUnapproved() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(10));
    column.submit(writer, at(11));
    column.approve(editor, at(12));
    column.edit(writer, content("v3 승인 안 됨"), RevisionKind.EDIT, at(13));

    assertViolation(Kind.CONFLICT, () -> column.publish(publisher, at(14)));
    assertEquals(1, column.getLiveRevision());
  }

  // --- restore ---------------------------------------------------------------------------------

  @Test
  void restoreSavesAnEarlierRevisionAsANewOne() {
    Revision first = EditorialColumn.start(writer, "s", content("v1"), T0);
    EditorialColumn column = first.getColumn();
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(1));
    ColumnContent earlier =
        new ColumnContent(
            first.getTitle(),
            first.getSubtitle(),
            first.getSummary(),
            first.getBody(),
            null,
            List.of());

    Revision restored = column.restore(writer, earlier, 1, at(2));

    assertEquals(3, restored.getNumber());
    assertEquals(3, column.getRevision());
    assertEquals(RevisionKind.RESTORE, restored.getKind());
    assertEquals(1, restored.getRestoredFrom());
    assertEquals("v1", restored.getTitle());
    assertEquals("v1", column.getTitle());
    assertSame(writer, restored.getCreatedBy());
    assertEquals(at(2), restored.getCreatedAt());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 3, 100})
  void restoringARevisionThatDoesNotExistIsInvalid(int number) {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);
    column.edit(writer, content("v2"), RevisionKind.EDIT, at(1));

    assertViolation(Kind.INVALID, () -> column.restore(writer, content("v?"), number, at(2)));

    assertEquals(2, column.getRevision());
    assertEquals("v2", column.getTitle());
  }

  @Test
  void restoringTheNewestRevisionIsAllowed() {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    Revision restored = column.restore(writer, content("첫 원고"), 1, at(1));

    assertEquals(2, restored.getNumber());
    assertEquals(1, restored.getRestoredFrom());
  }

  @Test
  void restoringAnApprovedColumnReturnsItToDraftAndEndsApproval() {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    column.restore(writer, content("첫 원고"), 1, at(10));

    assertEquals(ColumnStatus.DRAFT, column.getStatus());
    assertNull(column.getApprovedRevision());
  }

  @Test
  void authorCannotRestoreWhileInReview() {
    EditorialColumn column = columnIn(ColumnStatus.IN_REVIEW);

    assertViolation(Kind.CONFLICT, () -> column.restore(writer, content("첫 원고"), 1, at(10)));
    assertEquals(1, column.getRevision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer2", "publisher", "admin"})
  void onlyTheAuthorOrAnEditorRestores(String username) {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    assertViolation(
        Kind.FORBIDDEN, () -> column.restore(person(username), content("첫 원고"), 1, at(10)));
    assertEquals(1, column.getRevision());
  }

  // --- slug ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor"})
  void authorOrEditorRenamesTheSlugBeforePublication(String username) {
    EditorialColumn column = columnIn(ColumnStatus.APPROVED);

    column.renameSlug(person(username), "새-주소", at(10));

    assertEquals("새-주소", column.getSlug());
    assertEquals(at(10), column.getUpdatedAt());
    assertEquals(ColumnStatus.APPROVED, column.getStatus());
    assertEquals(1, column.getRevision());
  }

  @ParameterizedTest
  @EnumSource(
      value = ColumnStatus.class,
      names = {"PUBLISHED", "UNPUBLISHED"})
  void theSlugCannotChangeOnceTheColumnWasPublished(ColumnStatus status) {
    EditorialColumn column = columnIn(status);

    assertViolation(Kind.CONFLICT, () -> column.renameSlug(writer, "새-주소", at(2000)));

    assertEquals("slug", column.getSlug());
  }

  @Test
  void theSlugCannotChangeDuringACorrection() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("정정"), RevisionKind.EDIT, at(10));

    assertViolation(Kind.CONFLICT, () -> column.renameSlug(writer, "새-주소", at(11)));
  }

  @Test
  void renamingToTheSameSlugChangesNothingEvenAfterPublication() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    Instant updatedAt = column.getUpdatedAt();

    column.renameSlug(writer, "slug", at(10));

    assertEquals("slug", column.getSlug());
    assertEquals(updatedAt, column.getUpdatedAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"writer2", "publisher", "admin"})
  void onlyTheAuthorOrAnEditorRenamesTheSlug(String username) {
    EditorialColumn column = columnIn(ColumnStatus.DRAFT);

    assertViolation(Kind.FORBIDDEN, () -> column.renameSlug(person(username), "남의-주소", at(10)));

    assertEquals("slug", column.getSlug());
  }

  // --- who sees what ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"writer", "editor", "publisher", "admin"})
  void theDeskSeesEveryColumn(String username) {
    for (ColumnStatus status : ColumnStatus.values()) {
      assertTrue(columnIn(status).isVisibleTo(person(username)), status::name);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, false",
    "IN_REVIEW, false",
    "CHANGES_REQUESTED, false",
    "APPROVED, false",
    "SCHEDULED, false",
    "PUBLISHED, true",
    "UNPUBLISHED, false"
  })
  void anotherWriterSeesAColumnOnlyWhileItIsLive(ColumnStatus status, boolean visible) {
    assertEquals(visible, columnIn(status).isVisibleTo(writer2));
  }

  @Test
  void anotherWriterStillSeesAPublishedColumnDuringItsCorrection() {
    EditorialColumn column = columnIn(ColumnStatus.PUBLISHED);
    column.edit(writer, content("정정"), RevisionKind.EDIT, at(10));

    assertTrue(column.isVisibleTo(writer2));
  }

  // --- holds -----------------------------------------------------------------------------------

  @Test
  void holdsTheContentItWasSavedWith() {
    Magazine magazine = Magazine.found("m", "월요 칼럼", null, T0);
    ColumnContent content =
        new ColumnContent("제목", "부제", "요약", "<p>본문</p>", magazine, tags("가", "나"));
    EditorialColumn column = EditorialColumn.start(writer, "s", content, T0).getColumn();

    assertTrue(column.holds(content));
    assertTrue(
        column.holds(
            new ColumnContent(" 제목 ", "부제 ", " 요약", "<p>본문</p>", magazine, tags("가", "나", "가"))));
  }

  @Test
  void holdsNothingElse() {
    Magazine magazine = Magazine.found("m", "월요 칼럼", null, T0);
    EditorialColumn column =
        EditorialColumn.start(
                writer,
                "s",
                new ColumnContent("제목", "부제", "요약", "<p>본문</p>", magazine, tags("가", "나")),
                T0)
            .getColumn();

    assertFalse(
        column.holds(new ColumnContent("제목!", "부제", "요약", "<p>본문</p>", magazine, tags("가", "나"))));
    assertFalse(
        column.holds(new ColumnContent("제목", null, "요약", "<p>본문</p>", magazine, tags("가", "나"))));
    assertFalse(
        column.holds(new ColumnContent("제목", "부제", null, "<p>본문</p>", magazine, tags("가", "나"))));
    assertFalse(
        column.holds(new ColumnContent("제목", "부제", "요약", "<p>본문.</p>", magazine, tags("가", "나"))));
    assertFalse(
        column.holds(new ColumnContent("제목", "부제", "요약", "<p>본문</p>", null, tags("가", "나"))));
    assertFalse(
        column.holds(new ColumnContent("제목", "부제", "요약", "<p>본문</p>", magazine, tags("나", "가"))));
    assertFalse(
        column.holds(new ColumnContent("제목", "부제", "요약", "<p>본문</p>", magazine, tags("가"))));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Instant at(int minutes) {
    return T0.plus(minutes, ChronoUnit.MINUTES);
  }

  private static Account account(String username, Role role) {
    return Account.open(username, username, "hash", EnumSet.of(role), T0);
  }

  private Account person(String username) {
    return switch (username) {
      case "writer" -> writer;
      case "writer2" -> writer2;
      case "editor" -> editor;
      case "editor2" -> editor2;
      case "publisher" -> publisher;
      case "admin" -> admin;
      default -> throw new IllegalArgumentException(username);
    };
  }

  private static ColumnContent content(String title) {
    return new ColumnContent(title, null, null, "<p>" + title + "</p>", null, List.of());
  }

  private static List<Tag> tags(String... names) {
    return Arrays.stream(names).map(Tag::named).toList();
  }

  /**
   * A column by {@link #writer} with one revision, brought to {@code status} the contract's way:
   * submitted at 1, decided by {@link #editor} at 2, scheduled for {@link #DUE} or published at 3,
   * unpublished at 4.
   */
  private EditorialColumn columnIn(ColumnStatus status) {
    EditorialColumn column = EditorialColumn.start(writer, "slug", content("첫 원고"), T0).getColumn();
    if (status != ColumnStatus.DRAFT) {
      column.submit(writer, at(1));
    }
    switch (status) {
      case DRAFT, IN_REVIEW -> {
        // there already
      }
      case CHANGES_REQUESTED -> column.requestChanges(editor, at(2));
      case APPROVED -> column.approve(editor, at(2));
      case SCHEDULED -> {
        column.approve(editor, at(2));
        column.schedule(publisher, DUE, null, at(3));
      }
      case PUBLISHED -> {
        column.approve(editor, at(2));
        column.publish(publisher, at(3));
      }
      case UNPUBLISHED -> {
        column.approve(editor, at(2));
        column.publish(publisher, at(3));
        column.unpublish(publisher, at(4));
      }
    }
    assertEquals(status, column.getStatus());
    return column;
  }

  private static RuleViolation assertViolation(Kind kind, Executable action) {
    RuleViolation violation = assertThrows(RuleViolation.class, action);
    assertEquals(kind, violation.kind(), violation::getMessage);
    return violation;
  }
}
