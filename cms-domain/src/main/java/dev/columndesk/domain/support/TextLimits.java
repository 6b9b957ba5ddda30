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

  /** Refuses text longer than {@code max} characters, naming the field. */
  public static String atMost(String field, String text, int max) {
    int length = length(text);
    if (length > max) {
      throw RuleViolation.invalid(
          field + " must be at most " + max + " characters (was " + length + ")");
    }
    return text;
  }
}
