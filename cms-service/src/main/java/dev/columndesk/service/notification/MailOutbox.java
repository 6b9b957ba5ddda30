package dev.columndesk.service.notification;

import dev.columndesk.domain.notification.Channel;
import dev.columndesk.domain.notification.Delivery;
import dev.columndesk.domain.notification.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail notifications waiting in the outbox (the {@code notification} rows of channel
 * EMAIL), after the changes that stored them committed.
 *
 * <p>Each e-mail is claimed in a transaction of its own through its version, so when two instances
 * look at once only one sends it. The claim is a lease: an instance that dies while sending leaves
 * the e-mail to be claimed again once the lease runs out (it may then, rarely, arrive twice; it is
 * never lost). A failed attempt is retried after a back-off that doubles each time; after the last
 * attempt the e-mail is FAILED with its error, for the administrators to see.
 */
@Stateless
@PermitAll // called by the notification clock, which runs without a caller
public class MailOutbox {

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  /** At most this many e-mails per poll. */
  private static final int BATCH = 20;

  /** How long a claim holds before another instance may try the e-mail again. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;
  @EJB private MailOutbox self;

  /**
   * Sends what is due at {@code now}, one e-mail after the other, until {@code stopping} says to
   * stop.
   *
   * @return how many were sent
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue(Instant now, BooleanSupplier stopping) {
    MailSettings settings = MailSettings.current();
    if (!settings.enabled()) {
      return 0;
    }
    List<Object[]> due =
        em.createQuery(
                "select n.id, n.version from Notification n where n.channel = :email"
                    + " and n.status in :open and n.nextAttemptAt <= :now"
                    + " order by n.nextAttemptAt",
                Object[].class)
            .setParameter("email", Channel.EMAIL)
            .setParameter("open", List.of(Delivery.PENDING, Delivery.SENDING))
            .setParameter("now", now)
            .setMaxResults(BATCH)
            .getResultList();
    int sent = 0;
    for (Object[] row : due) {
      if (stopping.getAsBoolean()) {
        break;
      }
      long id = (Long) row[0];
      if (self.claim(id, (Long) row[1], Instant.now().plus(LEASE))) {
        sent += send(id, settings) ? 1 : 0;
      }
    }
    return sent;
  }

  /** Claims one e-mail for this instance; {@code false} when another one was faster. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(long id, long version, Instant leaseUntil) {
    return em.createQuery(
                "update Notification n set n.status = :sending, n.nextAttemptAt = :lease,"
                    + " n.version = n.version + 1 where n.id = :id and n.version = :version")
            .setParameter("sending", Delivery.SENDING)
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .setParameter("version", version)
            .executeUpdate()
        == 1;
  }

  /** The e-mail for one claimed notification. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MailTemplates.Letter letter(long id, String siteUrl) {
    return MailTemplates.letter(em.find(Notification.class, id), siteUrl);
  }

  /** Records how the attempt went. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long id, String error, Duration backoff, int attempts) {
    Notification notification = em.find(Notification.class, id);
    if (error == null) {
      notification.sent(Instant.now());
    } else {
      notification.attemptFailed(error, Instant.now(), backoff, attempts);
      if (notification.getStatus() == Delivery.FAILED) {
        LOG.warning(
            () ->
                "E-mail notification "
                    + id
                    + " to "
                    + notification.getRecipient().getUsername()
                    + " failed after "
                    + notification.getAttempts()
                    + " attempts: "
                    + notification.getLastError());
      }
    }
  }

  private boolean send(long id, MailSettings settings) {
    String error = null;
    try {
      transport(self.letter(id, settings.siteUrl()), settings);
    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.FINE, "E-mail notification " + id + " not sent", e);
    }
    self.record(id, error, settings.backoff(), settings.attempts());
    return error == null;
  }

  private static void transport(MailTemplates.Letter letter, MailSettings settings)
      throws MessagingException, UnsupportedEncodingException {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    String timeout = String.valueOf(settings.timeout().toMillis());
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    if (settings.startTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    Authenticator authenticator = null;
    if (settings.user() != null) {
      properties.put("mail.smtp.auth", "true");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(settings.user(), settings.password());
            }
          };
    }
    Session session = Session.getInstance(properties, authenticator);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(
        Message.RecipientType.TO,
        new InternetAddress(letter.to(), letter.name(), StandardCharsets.UTF_8.name()));
    message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
    message.setText(letter.text(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }
}
