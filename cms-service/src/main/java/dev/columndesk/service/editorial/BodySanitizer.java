package dev.columndesk.service.editorial;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans a column's HTML body down to the contract's safe subset with the OWASP Java HTML
 * Sanitizer: paragraphs, h2–h4, strong, em, u, s, blockquote, lists, links (http, https, mailto;
 * always {@code rel="nofollow noopener"}), images (http, https or the desk's own {@code /media/}),
 * br, hr, figure, figcaption, code and pre. Everything else — scripts, event handlers, styles,
 * iframes, forms, {@code javascript:} and {@code data:} URLs — is dropped before it is stored,
 * while the text inside dropped elements is kept.
 */
public final class BodySanitizer {

  private static final Pattern LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s]+");

  /**
   * Remote images, or the desk's own media by a plain path: segments of letters, digits, {@code . _
   * -} that never start with a dot, so no {@code ..} and no percent-encoding can lead a reader's
   * browser from {@code /media/} to another address of the desk.
   */
  private static final Pattern IMAGE =
      Pattern.compile("(?i)https?://[^\\s]+|/media(/[a-z0-9_-][a-z0-9._-]*)+");

  private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h2",
              "h3",
              "h4",
              "strong",
              "em",
              "u",
              "s",
              "blockquote",
              "ul",
              "ol",
              "li",
              "br",
              "hr",
              "figure",
              "figcaption",
              "code",
              "pre",
              "a",
              "img")
          // What editors paste: the older names of the same things.
          .allowElements((name, attributes) -> "strong", "b")
          .allowElements((name, attributes) -> "em", "i")
          .allowElements((name, attributes) -> "s", "strike", "del")
          .allowElements((name, attributes) -> "h2", "h1")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching(LINK)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "img")
          // rel written here rather than by requireRelsOnLinks, which orders the words by chance
          .allowElements(BodySanitizer::relOnLinks, "a")
          .allowAttributes("src")
          .matching(IMAGE)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(SIZE)
          .onElements("img")
          .toFactory();

  private BodySanitizer() {}

  /** Every link with an address gets exactly {@code rel="nofollow noopener"}. */
  private static String relOnLinks(String name, List<String> attributes) {
    boolean hasAddress = false;
    for (int i = attributes.size() - 2; i >= 0; i -= 2) { // name, value, name, value…
      if (attributes.get(i).equals("rel")) {
        attributes.subList(i, i + 2).clear();
      } else if (attributes.get(i).equals("href")) {
        hasAddress = true;
      }
    }
    if (hasAddress) {
      attributes.add("rel");
      attributes.add("nofollow noopener");
    }
    return name;
  }

  /** The safe form of {@code html}; {@code null} stays {@code null}. */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
