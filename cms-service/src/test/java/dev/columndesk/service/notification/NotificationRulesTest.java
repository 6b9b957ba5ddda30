package dev.columndesk.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.column.ColumnStatus;
import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.Notification;
import dev.columndesk.domain.notification.NotificationKind;
import dev.columndesk.service.audit.ColumnChanged;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which step makes which kind of notification, and the e-mail texts in both languages. */
class NotificationRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

  private static ColumnChanged change(AuditAction action, ColumnStatus to) {
    return new ColumnChanged(
        action, 7, "slug", "editor", ColumnStatus.IN_REVIEW, to, 1, null, T0, null);
  }

  @Test
  void eachStepMakesItsKindAndOthersNone() {
    assertEquals(
        NotificationKind.SUBMITTED,
        Notifier.kindOf(change(AuditAction.SUBMIT, ColumnStatus.IN_REVIEW)));
    assertEquals(
        NotificationKind.CHANGES_REQUESTED,
        Notifier.kindOf(change(AuditAction.REQUEST_CHANGES, ColumnStatus.CHANGES_REQUESTED)));
    assertEquals(
        NotificationKind.COMMENTED,
        Notifier.kindOf(change(AuditAction.COMMENT, ColumnStatus.IN_REVIEW)));
    assertEquals(
        NotificationKind.APPROVED,
        Notifier.kindOf(change(AuditAction.APPROVE, ColumnStatus.APPROVED)));
    assertEquals(
        NotificationKind.SCHEDULED,
        Notifier.kindOf(change(AuditAction.SCHEDULE, ColumnStatus.SCHEDULED)));
    assertNull(
        Notifier.kindOf(change(AuditAction.SCHEDULE, ColumnStatus.PUBLISHED)),
        "an expiry set on a live column is no news");
    assertEquals(
        NotificationKind.PUBLISHED,
        Notifier.kindOf(change(AuditAction.PUBLISH, ColumnStatus.PUBLISHED)));
    assertEquals(
        NotificationKind.UNPUBLISHED,
        Notifier.kindOf(change(AuditAction.UNPUBLISH, ColumnStatus.UNPUBLISHED)));
    for (AuditAction quiet :
        EnumSet.of(
            AuditAction.CREATE,
            AuditAction.EDIT,
            AuditAction.WITHDRAW,
            AuditAction.UNSCHEDULE,
            AuditAction.RESTORE)) {
      assertNull(Notifier.kindOf(change(quiet, ColumnStatus.DRAFT)), quiet.name());
    }
  }

  private static Notification mailTo(String locale, NotificationKind kind, String actor) {
    Account recipient = Account.open("kim", "김독자", "hash", EnumSet.of(Role.WRITER), T0);
    recipient.chooseLocale(locale);
    recipient.changeEmail("kim@example.kr");
    return Notification.tell(recipient, Channel.EMAIL, kind, 42, "봄의 칼럼", actor, null, T0, T0);
  }

  @Test
  void mailSpeaksTheRecipientsLanguageWithALinkIntoTheDesk() {
    MailTemplates.Letter korean =
        MailTemplates.letter(
            mailTo("ko", NotificationKind.CHANGES_REQUESTED, "editor"), "https://desk.example.kr");
    assertEquals("[칼럼 데스크] 수정 요청: 봄의 칼럼", korean.subject());
    assertTrue(korean.text().startsWith("김독자 님께"), korean.text());
    assertTrue(korean.text().contains("editor 님이 칼럼 「봄의 칼럼」에 수정을 요청했습니다."), korean.text());
    assertTrue(korean.text().contains("https://desk.example.kr/desk/edit?id=42"), korean.text());
    assertEquals("kim@example.kr", korean.to());

    MailTemplates.Letter english =
        MailTemplates.letter(
            mailTo("en", NotificationKind.PUBLISHED, "scheduler"), "https://desk.example.kr");
    assertEquals("[Column Desk] Published: 봄의 칼럼", english.subject());
    assertTrue(
        english.text().contains("Your column \"봄의 칼럼\" is live (the scheduler)."), english.text());

    MailTemplates.Letter unchosen =
        MailTemplates.letter(
            mailTo(null, NotificationKind.SUBMITTED, "writer"), "https://desk.example.kr");
    assertTrue(unchosen.subject().startsWith("[칼럼 데스크] 검토 요청"), "Korean unless English was chosen");
    assertTrue(unchosen.text().contains("/desk/review?id=42"), unchosen.text());
  }

  @Test
  void lateAlertSaysWhenItWasDueInTheRecipientsTimeZone() {
    Account publisher = Account.open("park", "박발행", "hash", EnumSet.of(Role.PUBLISHER), T0);
    publisher.chooseLocale("en");
    publisher.chooseTimeZone("Europe/Berlin");
    publisher.changeEmail("park@example.kr");
    Notification alert =
        Notification.tell(
                publisher,
                Channel.EMAIL,
                NotificationKind.PUBLICATION_LATE,
                42,
                "늦은 칼럼",
                "scheduler",
                null,
                null,
                T0)
            .once(Instant.parse("2026-11-28T08:00:00Z"));
    MailTemplates.Letter letter = MailTemplates.letter(alert, "http://localhost:8080");
    assertEquals("[Column Desk] Publication late: 늦은 칼럼", letter.subject());
    assertTrue(letter.text().contains("due at 2026-11-28 09:00:00 (Europe/Berlin)"), letter.text());
    assertTrue(letter.text().contains("http://localhost:8080/desk/calendar"), letter.text());
  }
}
