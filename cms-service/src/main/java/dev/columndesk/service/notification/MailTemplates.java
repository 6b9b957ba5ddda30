package dev.columndesk.service.notification;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.audit.AuditEvent;
import dev.columndesk.domain.notification.Notification;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of notification e-mails, in the recipient's language ({@code mail_ko}, {@code
 * mail_en}): Korean unless they chose English, as the desk does. Times are shown in their time
 * zone.
 */
public final class MailTemplates {

  private static final String BUNDLE = "dev.columndesk.service.notification.mail";

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

  private MailTemplates() {}

  /**
   * One e-mail ready to send.
   *
   * @param to the address
   * @param name the recipient's display name
   * @param subject the subject line
   * @param text the plain-text body
   */
  public record Letter(String to, String name, String subject, String text) {}

  /** The e-mail telling {@code notification}'s recipient of it, with a link into the desk. */
  public static Letter letter(Notification notification, String siteUrl) {
    Account recipient = notification.getRecipient();
    Locale locale =
        Locale.forLanguageTag(recipient.getLocale() == null ? "ko" : recipient.getLocale());
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            MailTemplates.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ZoneId zone =
        recipient.getTimeZone() == null ? DEFAULT_ZONE : ZoneId.of(recipient.getTimeZone());
    String actor =
        AuditEvent.SCHEDULER.equals(notification.getActor())
            ? texts.getString("actor.scheduler")
            : notification.getActor();
    String due =
        notification.getDueAt() == null
            ? ""
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(notification.getDueAt().atZone(zone))
                + " ("
                + zone.getId()
                + ")";
    Object[] values = {
      notification.getColumnTitle(),
      actor,
      siteUrl + NotificationLinks.path(notification),
      recipient.getDisplayName(),
      due,
      siteUrl + "/desk/account"
    };
    String kind = notification.getKind().name();
    String subject = format(texts, "subject." + kind, locale, values);
    String text =
        String.join(
            "\n\n",
            format(texts, "greeting", locale, values),
            format(texts, "body." + kind, locale, values),
            format(texts, "link", locale, values),
            "-- \n" + format(texts, "footer", locale, values));
    return new Letter(recipient.getEmail(), recipient.getDisplayName(), subject, text + "\n");
  }

  private static String format(ResourceBundle texts, String key, Locale locale, Object[] values) {
    return new MessageFormat(texts.getString(key), locale).format(values);
  }
}
