package dev.columndesk.web.desk;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.service.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Iterator;
import java.util.Locale;

/**
 * The desk's language and time zone for this request. The language is the signed-in person's
 * choice, else the first of Korean or English the browser asks for, else Korean; the time zone is
 * the person's choice, else Asia/Seoul. The desk template applies the language to every view.
 */
@Named
@RequestScoped
public class DeskSettings {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

  @Inject private AccountService accounts;
  @Inject private ExternalContext external;

  private Account account;
  private boolean looked;

  /** The signed-in person's account, or {@code null} on the login page. */
  public Account getAccount() {
    if (!looked) {
      looked = true;
      account = external.getUserPrincipal() == null ? null : accounts.me();
    }
    return account;
  }

  /** Whether the signed-in person holds this role ({@code WRITER}, {@code EDITOR}, ...). */
  public boolean has(String role) {
    Account me = getAccount();
    return me != null && me.hasRole(Role.valueOf(role));
  }

  public Locale getLocale() {
    Account me = getAccount();
    if (me != null && me.getLocale() != null) {
      return Locale.forLanguageTag(me.getLocale());
    }
    Iterator<Locale> asked = external.getRequestLocales();
    while (asked.hasNext()) {
      String language = asked.next().getLanguage();
      if (Account.LOCALES.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.KOREAN;
  }

  public ZoneId getZone() {
    Account me = getAccount();
    return me == null || me.getTimeZone() == null ? DEFAULT_ZONE : ZoneId.of(me.getTimeZone());
  }

  /** A moment as a date and time in the person's language and time zone. */
  public String format(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(getLocale())
        .withZone(getZone())
        .format(at);
  }

  public String getNow() {
    return format(Instant.now());
  }
}
