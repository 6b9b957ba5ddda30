package dev.columndesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  private static SideBySide.Text text(String title, String body, String... tags) {
    return new SideBySide.Text(title, null, null, null, List.of(tags), body);
  }

  @Test
  void theSameTextHasNoDifferences() {
    SideBySide.Text same = text("제목", "<p>본문</p>", "태그");
    assertEquals(List.of(), SideBySide.compare(same, same));
  }

  @Test
  void changedWordsAreMarkedOnTheirSideOnly() {
    List<SideBySide.Field> fields =
        SideBySide.compare(
            text("가을 숲", "<p>사과를 먹었다.</p><p>그대로인 문단.</p>"),
            text("가을 숲", "<p>포도를 먹었다.</p><p>그대로인 문단.</p><p>새로 쓴 문장.</p>"));
    assertEquals(1, fields.size());
    SideBySide.Field body = fields.get(0);
    assertEquals("body", body.field());
    assertEquals(2, body.rows().size(), "the changed and the inserted paragraph, not the same one");
    SideBySide.Row changed = body.rows().get(0);
    assertEquals("<del>사과를</del> 먹었다.", changed.left());
    assertEquals("<ins>포도를</ins> 먹었다.", changed.right());
    assertTrue(body.rows().get(1).isChanged());
    assertEquals("<ins>새로 쓴 문장.</ins>", body.rows().get(1).right());
  }

  @Test
  void textIsEscapedBeforeTheMarksGoIn() {
    List<SideBySide.Field> fields =
        SideBySide.compare(text("<b>old</b> & co", ""), text("<script>alert(1)</script>", ""));
    String both = fields.get(0).rows().get(0).left() + fields.get(0).rows().get(0).right();
    assertFalse(both.contains("<script>"), both);
    assertFalse(both.contains("<b>"), both);
    assertTrue(both.contains("&lt;<ins>script</ins>&gt;"), both);
    assertTrue(both.contains("&amp;"), both);
  }

  @Test
  void tagsAndMissingFieldsCompareAsText() {
    List<SideBySide.Field> fields =
        SideBySide.compare(text("t", "", "하나"), text("t", "", "하나", "둘"));
    assertEquals("tags", fields.get(0).field());
    assertTrue(fields.get(0).rows().get(0).right().contains("<ins>"), fields.toString());
  }
}
