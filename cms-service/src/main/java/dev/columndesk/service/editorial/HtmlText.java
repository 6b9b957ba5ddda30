package dev.columndesk.service.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of a sanitized body, one line per paragraph, heading, list item or quote, for
 * comparing revisions, counting words and indexing for search. It only ever reads HTML that {@link
 * BodySanitizer} wrote, which is well-formed and uses a small set of elements, so a full parser is
 * not needed.
 */
public final class HtmlText {

  private static final Pattern BLOCK_END =
      Pattern.compile(
          "(?i)</(p|h2|h3|h4|li|blockquote|figure|figcaption|pre)>|<br\\s*/?>|<hr\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private HtmlText() {}

  /** The readable text, one line per block. */
  public static String text(String html) {
    return String.join("\n", lines(html));
  }

  /** The readable lines, blank ones left out. */
  public static List<String> lines(String html) {
    if (html == null || html.isEmpty()) {
      return List.of();
    }
    String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
    List<String> lines = new ArrayList<>();
    for (String line : decode(text).split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  private static String decode(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(decoded, Matcher.quoteReplacement(character(entity.group(1))));
    }
    entity.appendTail(decoded);
    return decoded.toString();
  }

  private static String character(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return Character.toString(Integer.parseInt(name.substring(2), 16));
    }
    if (name.startsWith("#")) {
      return Character.toString(Integer.parseInt(name.substring(1)));
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> "&" + name + ";";
    };
  }
}
