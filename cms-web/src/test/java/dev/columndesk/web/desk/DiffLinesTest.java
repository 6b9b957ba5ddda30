package dev.columndesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.columndesk.service.editorial.RevisionDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffLinesTest {

  private static DiffLines.Line line(String change, String before, String after) {
    RevisionDiff diff =
        new RevisionDiff(
            1,
            2,
            List.of(
                new RevisionDiff.FieldDiff(
                    "body", List.of(new RevisionDiff.Row(change, before, after)))),
            "");
    return DiffLines.of(diff).get(0).lines().get(0);
  }

  @Test
  void markedWordsBecomeDeletedAndInsertedPieces() {
    DiffLines.Line line = line("CHANGE", "나는 [-사과를-] 좋아한다", "나는 {+포도를+} 좋아한다{+ 정말+}");

    assertEquals(
        List.of(
            new DiffLines.Piece("same", "나는 "),
            new DiffLines.Piece("del", "사과를"),
            new DiffLines.Piece("same", " 좋아한다")),
        line.before());
    assertEquals(
        List.of(
            new DiffLines.Piece("same", "나는 "),
            new DiffLines.Piece("ins", "포도를"),
            new DiffLines.Piece("same", " 좋아한다"),
            new DiffLines.Piece("ins", " 정말")),
        line.after());
  }

  @Test
  void markupInTheTextStaysTextAndAnOpenMarkWithoutItsCloseIsPlain() {
    assertEquals(
        List.of(new DiffLines.Piece("same", "<b>a</b> [-half")),
        DiffLines.pieces("<b>a</b> [-half", "[-", "-]", "del"));
  }

  @Test
  void insertedAndDeletedLinesAreWholePieces() {
    assertEquals(List.of(new DiffLines.Piece("ins", "새 줄")), line("INSERT", "", "{+새 줄+}").after());
    assertEquals(List.of(), line("INSERT", "", "{+새 줄+}").before());
    assertEquals(
        List.of(new DiffLines.Piece("del", "지운 줄")), line("DELETE", "[-지운 줄-]", "").before());
  }

  @Test
  void aLineComparedWithoutMarksChangedAsAWhole() {
    DiffLines.Line line = line("CHANGE", "아주 긴 옛 문단", "아주 긴 새 문단");

    assertEquals(List.of(new DiffLines.Piece("del", "아주 긴 옛 문단")), line.before());
    assertEquals(List.of(new DiffLines.Piece("ins", "아주 긴 새 문단")), line.after());
  }
}
