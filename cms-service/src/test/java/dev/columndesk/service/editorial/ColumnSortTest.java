package dev.columndesk.service.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.service.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnSortTest {

  @Test
  void noSortIsMostRecentlyChangedFirst() {
    assertEquals(ColumnSort.DEFAULT, ColumnSort.of(null));
    assertEquals(ColumnSort.DEFAULT, ColumnSort.of("  "));
    assertEquals(" order by c.updatedAt desc, c.id desc", ColumnSort.DEFAULT.orderBy(false));
  }

  @Test
  void fieldNameSortsAscendingAndMinusDescending() {
    ColumnSort ascending = ColumnSort.of("title");
    ColumnSort descending = ColumnSort.of("-title");

    assertEquals(ColumnSort.Field.TITLE, ascending.field());
    assertFalse(ascending.descending());
    assertTrue(descending.descending());
    assertEquals(" order by c.title asc, c.id asc", ascending.orderBy(false));
    assertEquals(" order by c.title desc, c.id desc", descending.orderBy(false));
    // Filtered by words, the title is sorted as an expression the title index does not serve.
    assertEquals(" order by trim(c.title) asc, c.id asc", ascending.orderBy(true));
    assertEquals(" order by c.status asc, c.id asc", ColumnSort.of("status").orderBy(true));
  }

  @Test
  void everyWhitelistedFieldMapsToItsOwnPathWithTheIdAsTieBreak() {
    assertEquals(" order by c.status asc, c.id asc", ColumnSort.of("status").orderBy(false));
    assertEquals(
        " order by a.displayName desc, c.id desc", ColumnSort.of("-author").orderBy(false));
    assertEquals(
        " order by m.title asc nulls last, c.id asc", ColumnSort.of("magazine").orderBy(false));
    assertEquals(" order by c.updatedAt asc, c.id asc", ColumnSort.of("updated").orderBy(false));
    assertEquals(
        " order by c.publishAt desc nulls last, c.id desc",
        ColumnSort.of("-publishAt").orderBy(false));
  }

  @Test
  void namesAreReadWithoutRegardToCaseAndWrittenBackCanonically() {
    assertEquals("-publishAt", ColumnSort.of(" -PUBLISHAT ").key());
    assertEquals("author", ColumnSort.of("+Author").key());
    assertTrue(ColumnSort.of("author").needsAuthor());
    assertTrue(ColumnSort.of("magazine").needsMagazine());
    assertFalse(ColumnSort.of("title").needsMagazine());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "body",
        "id",
        "c.title",
        "title desc",
        "title; drop table editorial_column",
        "updatedAt",
        "-",
        "--title"
      })
  void anythingOutsideTheWhitelistIsRefusedWithTheFieldsThatExist(String sort) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> ColumnSort.of(sort));

    assertTrue(refused.getMessage().startsWith("sort: "), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("title, status, author, magazine, updated, publishAt"),
        refused.getMessage());
  }

  @Test
  void aSortNeedsAField() {
    assertThrows(InvalidInputException.class, () -> new ColumnSort(null, true));
  }
}
