package dev.columndesk.service.notification;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How e-mail leaves the desk, from MicroProfile Config (environment variables such as {@code
 * CMS_SMTP_HOST}). Without {@code cms.smtp.host} e-mail is off: no e-mail notification is stored or
 * sent, demo mode included.
 *
 * @param host the SMTP server, or {@code null} when e-mail is off
 * @param port its port
 * @param from the sender's address
 * @param user the SMTP user, or {@code null} to send without authentication
 * @param password the SMTP password
 * @param startTls whether to require STARTTLS
 * @param attempts how many times an e-mail is tried before it is given up as FAILED
 * @param backoff the wait after the first failed attempt; it doubles after each one
 * @param timeout how long a connection or a read may take
 * @param siteUrl the desk's public address, for links in e-mails
 */
public record MailSettings(
    String host,
    int port,
    String from,
    String user,
    String password,
    boolean startTls,
    int attempts,
    Duration backoff,
    Duration timeout,
    String siteUrl) {

  /** The settings as configured now. */
  public static MailSettings current() {
    Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    return new MailSettings(
        text(config, "cms.smtp.host").orElse(null),
        config.getOptionalValue("cms.smtp.port", Integer.class).orElse(25),
        text(config, "cms.smtp.from").orElse("column-desk@localhost"),
        text(config, "cms.smtp.user").orElse(null),
        text(config, "cms.smtp.password").orElse(null),
        config.getOptionalValue("cms.smtp.starttls", Boolean.class).orElse(false),
        Math.max(1, config.getOptionalValue("cms.mail.attempts", Integer.class).orElse(6)),
        Duration.ofSeconds(
            Math.max(
                1, config.getOptionalValue("cms.mail.backoff-seconds", Long.class).orElse(30L))),
        Duration.ofSeconds(10),
        text(config, "cms.site.url").orElse("http://localhost:8080").replaceAll("/+$", ""));
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Whether e-mail is configured at all. */
  public boolean enabled() {
    return host != null;
  }
}
