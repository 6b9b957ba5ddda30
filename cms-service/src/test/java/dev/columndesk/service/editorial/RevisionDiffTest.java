package dev.columndesk.service.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.domain.account.Account;
import dev.columndesk.domain.account.Role;
import dev.columndesk.domain.column.ColumnContent;
import dev.columndesk.domain.column.EditorialColumn;
import dev.columndesk.domain.column.Revision;
import dev.columndesk.domain.column.RevisionKind;
import dev.columndesk.domain.magazine.Tag;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

  private final Account writer =
      Account.open("writer", "최칼럼", "hash", EnumSet.of(Role.WRITER), Instant.now());

  @Test
  void changedWordsAreMarkedInKoreanText() {
    Revision first = start("<p>서울의 겨울은 춥다.</p><p>둘째 문단.</p>", List.of());
    Revision second =
        first
            .getColumn()
            .edit(
                writer,
                content("<p>서울의 겨울은 매섭다.</p><p>둘째 문단.</p>", List.of()),
                RevisionKind.EDIT,
                Instant.now());

    RevisionDiff diff = RevisionDiff.between(first, second);

    assertEquals(1, diff.from());
    assertEquals(2, diff.to());
    assertEquals(1, diff.fields().size(), diff::toString);
    RevisionDiff.FieldDiff body = diff.fields().get(0);
    assertEquals("body", body.field());
    assertEquals(1, body.rows().size(), "the unchanged paragraph is not listed");
    RevisionDiff.Row row = body.rows().get(0);
    assertEquals("CHANGE", row.change());
    assertTrue(row.before().contains("[-춥다-]"), row.before());
    assertTrue(row.after().contains("{+매섭다+}"), row.after());
    assertTrue(diff.unified().contains("-서울의 겨울은 춥다."), diff.unified());
    assertTrue(diff.unified().contains("+서울의 겨울은 매섭다."), diff.unified());
  }

  @Test
  void addedParagraphAndTagsAreInsertions() {
    Revision first = start("<p>하나</p>", List.of());
    Revision second =
        first
            .getColumn()
            .edit(
                writer,
                content("<p>하나</p><p>둘</p>", List.of(Tag.named("칼럼/에세이"))),
                RevisionKind.EDIT,
                Instant.now());

    RevisionDiff diff = RevisionDiff.between(first, second);

    assertEquals(
        List.of("tags", "body"),
        diff.fields().stream().map(RevisionDiff.FieldDiff::field).toList());
    assertEquals("INSERT", diff.fields().get(1).rows().get(0).change());
    assertTrue(diff.fields().get(0).rows().get(0).after().contains("칼럼/에세이"));
  }

  @Test
  void sameContentHasNoChanges() {
    Revision first = start("<p>같다</p>", List.of());

    assertFalse(RevisionDiff.between(first, first).changed());
    assertEquals("", RevisionDiff.between(first, first).unified());
  }

  private Revision start(String body, List<Tag> tags) {
    return EditorialColumn.start(writer, "slug", content(body, tags), Instant.now());
  }

  private static ColumnContent content(String body, List<Tag> tags) {
    return new ColumnContent("제목", null, null, body, null, tags);
  }
}
