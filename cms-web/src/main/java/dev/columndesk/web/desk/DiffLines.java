package dev.columndesk.web.desk;

import dev.columndesk.service.editorial.RevisionDiff;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RevisionDiff} made ready for the page: each changed field with its changed lines, each
 * line cut into pieces that stayed, were removed or were added. The service marks words the way
 * {@code git diff --word-diff} does ({@code [-removed-]}, {@code {+added+}}); the page shows them
 * with {@code <del>} and {@code <ins>} and escapes every piece.
 */
public final class DiffLines {

  private DiffLines() {}

  /** One changed field: {@code title}, {@code subtitle}, {@code summary}, … {@code body}. */
  public record Field(String name, List<Line> lines) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String getName() {
      return name;
    }

    public List<Line> getLines() {
      return lines;
    }
  }

  /** One changed line: CHANGE, INSERT or DELETE, with the old and the new text in pieces. */
  public record Line(String change, List<Piece> before, List<Piece> after) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String getChange() {
      return change;
    }

    public List<Piece> getBefore() {
      return before;
    }

    public List<Piece> getAfter() {
      return after;
    }
  }

  /** A run of text that stayed ({@code same}), was removed ({@code del}) or added ({@code ins}). */
  public record Piece(String kind, String text) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String getKind() {
      return kind;
    }

    public String getText() {
      return text;
    }
  }

  public static List<Field> of(RevisionDiff diff) {
    List<Field> fields = new ArrayList<>();
    for (RevisionDiff.FieldDiff field : diff.fields()) {
      List<Line> lines = new ArrayList<>();
      for (RevisionDiff.Row row : field.rows()) {
        List<Piece> before = pieces(row.before(), "[-", "-]", "del");
        List<Piece> after = pieces(row.after(), "{+", "+}", "ins");
        if (unmarked(before) && unmarked(after)) {
          // Very long text is compared line by line, without marks: the whole line changed.
          before = whole(row.before(), "del");
          after = whole(row.after(), "ins");
        }
        lines.add(new Line(row.change(), before, after));
      }
      fields.add(new Field(field.field(), List.copyOf(lines)));
    }
    return List.copyOf(fields);
  }

  /** Cuts a marked line into pieces; an opening mark without its closing one is plain text. */
  static List<Piece> pieces(String line, String open, String close, String kind) {
    List<Piece> pieces = new ArrayList<>();
    if (line == null) {
      return pieces;
    }
    int at = 0;
    while (at < line.length()) {
      int start = line.indexOf(open, at);
      int end = start < 0 ? -1 : line.indexOf(close, start + open.length());
      if (end < 0) {
        add(pieces, "same", line.substring(at));
        break;
      }
      add(pieces, "same", line.substring(at, start));
      add(pieces, kind, line.substring(start + open.length(), end));
      at = end + close.length();
    }
    return List.copyOf(pieces);
  }

  private static boolean unmarked(List<Piece> pieces) {
    return pieces.stream().allMatch(piece -> piece.kind().equals("same"));
  }

  private static List<Piece> whole(String line, String kind) {
    return line == null || line.isEmpty() ? List.of() : List.of(new Piece(kind, line));
  }

  private static void add(List<Piece> pieces, String kind, String text) {
    if (!text.isEmpty()) {
      pieces.add(new Piece(kind, text));
    }
  }
}
