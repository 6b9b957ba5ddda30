package dev.columndesk.service.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.columndesk.domain.column.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A readable comparison of two revisions, made with java-diff-utils: for each field that differs,
 * the changed lines with the changed words marked the way {@code git diff --word-diff} marks them
 * ({@code [-removed-]} and {@code {+added+}}), and the whole as a unified diff.
 *
 * @param from the older revision's number
 * @param to the newer revision's number
 * @param fields the fields that differ, in reading order
 * @param unified the same changes as one unified diff of the text
 */
public record RevisionDiff(int from, int to, List<FieldDiff> fields, String unified) {

  /**
   * The changes to one field.
   *
   * @param field title, subtitle, summary, magazine, tags or body
   * @param rows each changed line: its kind and its old and new text
   */
  public record FieldDiff(String field, List<Row> rows) {}

  /**
   * One changed line.
   *
   * @param change CHANGE, INSERT or DELETE
   * @param before the old line with removed words marked, or empty
   * @param after the new line with added words marked, or empty
   */
  public record Row(String change, String before, String after) {}

  private static final DiffRowGenerator WORDS =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .mergeOriginalRevised(false)
          .lineNormalizer(Function.identity())
          .oldTag(start -> start ? "[-" : "-]")
          .newTag(start -> start ? "{+" : "+}")
          .build();

  /**
   * Above this many characters on both sides, changed lines are shown whole instead of word by
   * word: a word diff of two very long paragraphs costs far more than it helps.
   */
  private static final int WORD_DIFF_LIMIT = 200_000;

  private static final DiffRowGenerator LINES =
      DiffRowGenerator.create().showInlineDiffs(false).lineNormalizer(Function.identity()).build();

  private static int size(List<String> lines) {
    return lines.stream().mapToInt(String::length).sum();
  }

  public boolean changed() {
    return !fields.isEmpty();
  }

  public static RevisionDiff between(Revision older, Revision newer) {
    List<FieldDiff> fields = new ArrayList<>();
    List<String> unified = new ArrayList<>();
    compare("title", lines(older.getTitle()), lines(newer.getTitle()), fields, unified);
    compare("subtitle", lines(older.getSubtitle()), lines(newer.getSubtitle()), fields, unified);
    compare("summary", lines(older.getSummary()), lines(newer.getSummary()), fields, unified);
    compare("magazine", magazine(older), magazine(newer), fields, unified);
    compare("tags", older.getTags(), newer.getTags(), fields, unified);
    compare(
        "body", HtmlText.lines(older.getBody()), HtmlText.lines(newer.getBody()), fields, unified);
    return new RevisionDiff(
        older.getNumber(), newer.getNumber(), List.copyOf(fields), String.join("\n", unified));
  }

  private static void compare(
      String field,
      List<String> before,
      List<String> after,
      List<FieldDiff> fields,
      List<String> unified) {
    if (before.equals(after)) {
      return;
    }
    Patch<String> patch = DiffUtils.diff(before, after);
    DiffRowGenerator rowsOf = size(before) + size(after) > WORD_DIFF_LIMIT ? LINES : WORDS;
    List<Row> rows = new ArrayList<>();
    for (DiffRow row : rowsOf.generateDiffRows(before, patch)) {
      if (row.getTag() != DiffRow.Tag.EQUAL) {
        rows.add(new Row(row.getTag().name(), row.getOldLine(), row.getNewLine()));
      }
    }
    fields.add(new FieldDiff(field, List.copyOf(rows)));
    unified.addAll(
        UnifiedDiffUtils.generateUnifiedDiff("a/" + field, "b/" + field, before, patch, 2));
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text);
  }

  private static List<String> magazine(Revision revision) {
    return revision.getMagazine() == null ? List.of() : List.of(revision.getMagazine().getSlug());
  }
}
