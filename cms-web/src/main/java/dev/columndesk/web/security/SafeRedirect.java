package dev.columndesk.web.security;

/**
 * Where to go after signing in: only a path inside this application, so that a crafted link such as
 * {@code /login?next=https://elsewhere.example} cannot send a person off site.
 */
public final class SafeRedirect {

  private SafeRedirect() {}

  /**
   * The target if it is a path of this application ({@code contextPath + "/…"}), else the desk's
   * home.
   */
  public static String target(String requested, String contextPath) {
    String fallback = contextPath + "/desk/";
    if (requested == null || requested.isEmpty()) {
      return fallback;
    }
    boolean insideApplication =
        requested.startsWith(contextPath + "/")
            && !requested.startsWith("//")
            && !requested.contains("\\")
            && !requested.contains("/../")
            // Printable ASCII only: a path of ours arrives percent-encoded, and a header cannot
            // carry a line break, a control character or U+2028.
            && requested.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    return insideApplication ? requested : fallback;
  }
}
