package dev.columndesk.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.audit.AuditAction;
import dev.columndesk.domain.support.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");
  private static final Account WRITER =
      Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), T0);

  private static Notification tell(Channel channel) {
    return Notification.tell(
        WRITER,
        channel,
        NotificationKind.APPROVED,
        7,
        "칼럼",
        "editor",
        AuditAction.APPROVE,
        T0,
        T0.plusMillis(5));
  }

  @Test
  void deskNotificationIsDeliveredAtOnceAndReadOnce() {
    Notification desk = tell(Channel.DESK);
    assertEquals(Delivery.SENT, desk.getStatus());
    assertEquals(T0.plusMillis(5), desk.getSentAt());
    assertFalse(desk.isRead());
    desk.markRead(T0.plusSeconds(10));
    desk.markRead(T0.plusSeconds(20));
    assertEquals(T0.plusSeconds(10), desk.getReadAt(), "the first read counts");
  }

  @Test
  void emailWaitsThenBacksOffDoublingAndFailsAfterItsLastAttempt() {
    Notification mail = tell(Channel.EMAIL);
    assertEquals(Delivery.PENDING, mail.getStatus());
    assertEquals(T0.plusMillis(5), mail.getNextAttemptAt(), "due at once");

    Instant now = T0.plusSeconds(1);
    mail.attemptFailed("connection refused", now, Duration.ofSeconds(30), 3);
    assertEquals(Delivery.PENDING, mail.getStatus());
    assertEquals(now.plusSeconds(30), mail.getNextAttemptAt());
    mail.attemptFailed("connection refused", now, Duration.ofSeconds(30), 3);
    assertEquals(now.plusSeconds(60), mail.getNextAttemptAt(), "doubled");
    mail.attemptFailed("still refused", now, Duration.ofSeconds(30), 3);
    assertEquals(Delivery.FAILED, mail.getStatus());
    assertEquals(3, mail.getAttempts());
    assertEquals("still refused", mail.getLastError());
    assertNull(mail.getNextAttemptAt(), "never tried again");
  }

  @Test
  void sentEmailForgetsItsLastError() {
    Notification mail = tell(Channel.EMAIL);
    mail.attemptFailed("timeout", T0, Duration.ofSeconds(1), 5);
    mail.sent(T0.plusSeconds(2));
    assertEquals(Delivery.SENT, mail.getStatus());
    assertNull(mail.getLastError());
    assertEquals(1, mail.getAttempts());
  }

  @Test
  void alertIsKeyedByKindColumnDueTimeRecipientAndChannel() {
    Instant due = T0.minusSeconds(30);
    Notification desk = tell(Channel.DESK).once(due);
    Notification mail = tell(Channel.EMAIL).once(due);
    assertEquals(due, desk.getDueAt());
    assertNotEquals(keyOf(desk), keyOf(mail), "one alert per channel, each once");
    assertEquals(keyOf(desk), keyOf(tell(Channel.DESK).once(due)), "the same alert twice clashes");
  }

  private static String keyOf(Notification n) {
    try {
      var field = Notification.class.getDeclaredField("onceKey");
      field.setAccessible(true);
      return (String) field.get(n);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void accountEmailIsOptionalAndValidated() {
    Account account = Account.open("reader", "독자", "hash", EnumSet.of(Role.WRITER), T0);
    assertNull(account.getEmail());
    account.changeEmail("kim@example.kr");
    assertEquals("kim@example.kr", account.getEmail());
    account.changeEmail(null);
    assertNull(account.getEmail());
    for (String bad : new String[] {"kim", "kim@", "@example.kr", "kim@example", "a b@c.kr"}) {
      RuleViolation refused = assertThrows(RuleViolation.class, () -> account.changeEmail(bad));
      assertTrue(refused.getMessage().startsWith("email must be"), refused.getMessage());
    }
    assertThrows(RuleViolation.class, () -> account.changeEmail("a".repeat(250) + "@example.kr"));
  }
}
