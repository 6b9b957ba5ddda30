package dev.columndesk.service.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.columndesk.service.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void defaultsToTheFirstPageOfTwenty() {
    PageRequest request = PageRequest.of(null, null);

    assertEquals(0, request.page());
    assertEquals(20, request.size());
    assertEquals(0, request.firstResult());
  }

  @Test
  void firstResultSkipsWholePages() {
    assertEquals(300, PageRequest.of(3, 100).firstResult());
  }

  @Test
  void sizeIsOneToAHundredAndPageNotNegative() {
    assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0));
    assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 101));
    assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 10));
  }

  @Test
  void aPageBeyondAnyListIsRefusedNotOverflowed() {
    assertThrows(InvalidInputException.class, () -> PageRequest.of(Integer.MAX_VALUE, 100));
    assertEquals(2_147_483_600, PageRequest.of(21_474_836, 100).firstResult());
  }

  @Test
  void pagesMapTheirItemsAndKeepTheirPlace() {
    Page<Integer> page = Page.of(List.of(1, 2), 7, PageRequest.of(1, 2));

    Page<String> mapped = page.map(i -> "#" + i);

    assertEquals(List.of("#1", "#2"), mapped.items());
    assertEquals(7, mapped.total());
    assertEquals(1, mapped.page());
    assertEquals(2, mapped.size());
  }
}
