package dev.columndesk.web.site;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public site's words in one language, Korean or English, from the {@code site} resource
 * bundle, and its dates in the site's time zone ({@code cms.site.zone}, Asia/Seoul by default). A
 * column's page speaks the column's language; the other pages speak {@code cms.site.language}.
 */
final class SiteText {

  private static final ZoneId ZONE =
      ZoneId.of(
          ConfigProvider.getConfig()
              .getOptionalValue("cms.site.zone", String.class)
              .orElse("Asia/Seoul"));

  static final SiteText KOREAN = new SiteText(Locale.KOREAN);
  static final SiteText ENGLISH = new SiteText(Locale.ENGLISH);

  private static final SiteText SITE =
      "en"
              .equals(
                  ConfigProvider.getConfig()
                      .getOptionalValue("cms.site.language", String.class)
                      .orElse("ko"))
          ? ENGLISH
          : KOREAN;

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter date;
  private final String siteName;

  private SiteText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("dev.columndesk.web.i18n.site", locale);
    this.date =
        DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale).withZone(ZONE);
    this.siteName =
        ConfigProvider.getConfig()
            .getOptionalValue("cms.site.name", String.class)
            .orElse(bundle.getString("site.name"));
  }

  /** The words of the site's own pages. */
  static SiteText site() {
    return SITE;
  }

  /** The words for a page in {@code language} ({@code ko} or {@code en}). */
  static SiteText of(String language) {
    return "en".equals(language) ? ENGLISH : KOREAN;
  }

  String language() {
    return locale.getLanguage();
  }

  /** The OpenGraph locale. */
  String ogLocale() {
    return "en".equals(language()) ? "en_US" : "ko_KR";
  }

  String siteName() {
    return siteName;
  }

  /** The text for {@code key}, with the arguments put in. */
  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  String date(Instant at) {
    return date.format(at);
  }
}
