package dev.columndesk.web.desk;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.service.editorial.HtmlText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a column side by side, field by field and paragraph by paragraph, with the
 * changed words marked {@code <del>} on the left and {@code <ins>} on the right. java-diff-utils
 * marks the changes with control characters that no column holds (they are removed from the text
 * first); the text is then escaped whole and only those marks become tags, so the cells are safe to
 * write as markup and an entity is never cut in two by a word boundary.
 */
public final class SideBySide {

  private static final char DEL = '\u0001';
  private static final char DEL_END = '\u0002';
  private static final char INS = '\u0003';
  private static final char INS_END = '\u0004';

  private static final DiffRowGenerator WORDS =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .lineNormalizer(line -> line.replaceAll("[\\u0000-\\u0008]", ""))
          .oldTag(start -> String.valueOf(start ? DEL : DEL_END))
          .newTag(start -> String.valueOf(start ? INS : INS_END))
          .build();

  private SideBySide() {}

  /**
   * What one version of a column says, as lines of plain text per field.
   *
   * @param title the title
   * @param subtitle the subtitle, or {@code null}
   * @param summary the summary, or {@code null}
   * @param magazine the magazine's slug, or {@code null}
   * @param tags the tags
   * @param body the body's HTML
   */
  public record Text(
      String title,
      String subtitle,
      String summary,
      String magazine,
      List<String> tags,
      String body) {

    public static Text of(Revision revision) {
      return new Text(
          revision.getTitle(),
          revision.getSubtitle(),
          revision.getSummary(),
          revision.getMagazine() == null ? null : revision.getMagazine().getSlug(),
          revision.getTags(),
          revision.getBody());
    }

    public static Text of(EditorialColumn column) {
      return new Text(
          column.getTitle(),
          column.getSubtitle(),
          column.getSummary(),
          column.getMagazine() == null ? null : column.getMagazine().getSlug(),
          column.getTagNames(),
          column.getBody());
    }
  }

  /**
   * One field that differs.
   *
   * @param field title, subtitle, summary, magazine, tags or body (a bundle key's last part)
   * @param rows its changed lines, in order
   */
  public record Field(String field, List<Row> rows) implements Serializable {}

  /**
   * One line of a field: its kind (EQUAL, CHANGE, INSERT, DELETE) and both sides as safe markup.
   *
   * @param change how the line changed
   * @param left the older side
   * @param right the newer side
   */
  public record Row(String change, String left, String right) implements Serializable {

    public boolean isChanged() {
      return !"EQUAL".equals(change);
    }
  }

  /** The fields that differ between the two, in reading order; empty when they are the same. */
  public static List<Field> compare(Text left, Text right) {
    List<Field> fields = new ArrayList<>();
    field(fields, "title", lines(left.title()), lines(right.title()));
    field(fields, "subtitle", lines(left.subtitle()), lines(right.subtitle()));
    field(fields, "summary", lines(left.summary()), lines(right.summary()));
    field(fields, "magazine", lines(left.magazine()), lines(right.magazine()));
    field(fields, "tags", tags(left.tags()), tags(right.tags()));
    field(fields, "body", HtmlText.lines(left.body()), HtmlText.lines(right.body()));
    return List.copyOf(fields);
  }

  private static void field(
      List<Field> fields, String name, List<String> before, List<String> after) {
    if (before.equals(after)) {
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (DiffRow row : WORDS.generateDiffRows(before, after)) {
      if (row.getTag() == DiffRow.Tag.EQUAL) {
        continue; // like a diff, only what changed: a long column would drown its changes
      }
      rows.add(new Row(row.getTag().name(), markup(row.getOldLine()), markup(row.getNewLine())));
    }
    fields.add(new Field(name, List.copyOf(rows)));
  }

  /** Escapes the text and turns the diff's marks into {@code <del>} and {@code <ins>}. */
  static String markup(String marked) {
    StringBuilder html = new StringBuilder(marked.length() + 16);
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      switch (c) {
        case DEL -> html.append("<del>");
        case DEL_END -> html.append("</del>");
        case INS -> html.append("<ins>");
        case INS_END -> html.append("</ins>");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text);
  }

  private static List<String> tags(List<String> tags) {
    return tags == null || tags.isEmpty() ? List.of() : List.of(String.join(", ", tags));
  }
}
