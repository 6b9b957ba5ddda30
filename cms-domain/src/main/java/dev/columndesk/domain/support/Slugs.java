package dev.columndesk.domain.support;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, Unicode-preserving URL slugs: {@code "메타, 오픈AI에 도전장!"} becomes {@code "메타-오픈ai에-도전장"}.
 *
 * <p>Written here rather than taken from a library because the slug libraries for Java
 * transliterate to ASCII, which would turn Korean titles into romanized or empty slugs.
 */
public final class Slugs {

  /** The longest slug, in code points; long enough for a headline, short enough for a URL. */
  public static final int MAX_LENGTH = 80;

  private Slugs() {}

  /**
   * Letters (of any script) and digits are kept, lower-cased; every run of anything else becomes
   * one {@code -}; no {@code -} at either end. Korean is normalized to composed syllables (NFC), so
   * the same title always gives the same slug. May return an empty string.
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    int length = 0;
    boolean pendingDash = false;
    for (int i = 0; i < normalized.length() && length < MAX_LENGTH; ) {
      int codePoint = normalized.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint) || isCombiningMark(codePoint)) {
        if (pendingDash && slug.length() > 0) {
          if (length + 2 > MAX_LENGTH) {
            break; // a dash and at least one more letter would not fit
          }
          slug.append('-');
          length++;
        }
        pendingDash = false;
        slug.appendCodePoint(codePoint);
        length++;
      } else {
        pendingDash = true;
      }
    }
    return slug.toString();
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** The first of {@code base}, {@code base-2}, {@code base-3}… that is not taken. */
  public static String firstFree(String base, java.util.Set<String> taken) {
    for (int n = 1; ; n++) {
      String candidate = candidate(base, n);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** The n-th candidate for a slug that is taken: {@code base}, {@code base-2}, {@code base-3}. */
  public static String candidate(String base, int n) {
    return n <= 1 ? base : base + "-" + n;
  }
}
