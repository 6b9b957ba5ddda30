package dev.columndesk.domain.support;

/** Length checks that count what a person sees: one per character, Hangul and emoji alike. */
public final class TextLimits {

  private TextLimits() {}

  /** The number of characters (code points) in the text. */
  public static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  /**
   * Blank text becomes {@code null}; other text loses its outer white space and is composed (NFC),
   * so that Korean typed as separate jamo is stored and counted as the syllables a reader sees.
   */
  public static String trimToNull(String text) {
    if (text == null) {
      return null;
    }
    String stripped = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Refuses text longer than {@code max} characters, or text that is not readable (see {@link
   * #readable}), naming the field.
   */
  public static String atMost(String field, String text, int max) {
    readable(field, text);
    int length = length(text);
    if (length > max) {
      throw RuleViolation.invalid(
          field + " must be at most " + max + " characters (was " + length + ")");
    }
    return text;
  }

  /**
   * Refuses characters that nobody types and no page can show: control characters other than tab,
   * line feed and carriage return (NUL above all, which PostgreSQL cannot store in text), and half
   * of a surrogate pair, which has no UTF-8 form. Refused, not stripped, so that what is stored is
   * exactly what was sent.
   *
   * @return the text, unchanged
   */
  public static String readable(String field, String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw RuleViolation.invalid(
            field + " must not contain half of a surrogate pair (at character " + (i + 1) + ")");
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw RuleViolation.invalid(
            field
                + " must not contain control characters such as U+"
                + String.format("%04X", (int) c)
                + " (at character "
                + (i + 1)
                + ")");
      }
    }
    return text;
  }
}
