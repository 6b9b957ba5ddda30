package dev.columndesk.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.service.publishing.PublicColumn;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ColumnIndexTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

  private final ColumnIndex index = new ColumnIndex(new ByteBuffersDirectory());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static PublicColumn column(long id, String slug, String title, String body) {
    return new PublicColumn(
        id,
        slug,
        1,
        title,
        null,
        null,
        body,
        List.of(),
        null,
        null,
        "writer",
        "김작가",
        null,
        MONDAY.plusSeconds(id),
        MONDAY.plusSeconds(id),
        null);
  }

  private List<String> slugsFound(String query) {
    return index.search(query, 0, 10).hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void aCompoundWrittenWithoutTheSpaceFindsTheTextThatHasIt() {
    index.put(column(1, "open", "공개의 힘", "<p>오픈 소스 개발자들이 모였다.</p>"));
    index.put(column(2, "other", "다른 이야기", "<p>날씨가 맑았다.</p>"));

    assertEquals(List.of("open"), slugsFound("오픈소스"));
  }

  @Test
  void aWordWithItsParticleAttachedFindsTheWord() {
    index.put(column(1, "column", "칼럼 쓰기", "<p>좋은 칼럼은 짧다.</p>"));
    index.put(column(2, "other", "다른 이야기", "<p>날씨가 맑았다.</p>"));

    assertEquals(List.of("column"), slugsFound("칼럼을"));
    assertEquals(List.of("column"), slugsFound("칼럼에서"));
  }

  @Test
  void englishIsStemmed() {
    index.put(column(1, "dev", "Developers at work", "<p>She writes columns every week.</p>"));
    index.put(column(2, "other", "The weather", "<p>Sunny skies.</p>"));

    assertEquals(List.of("dev"), slugsFound("writing column"));
    assertEquals(List.of("dev"), slugsFound("DEVELOPER"));
  }

  @Test
  void everyWordMustMatchWhileSomeColumnHoldsThemAll() {
    index.put(column(1, "both", "인공지능과 노동", "<p>인공지능이 노동을 바꾼다.</p>"));
    index.put(column(2, "one", "인공지능 이야기", "<p>인공지능의 역사.</p>"));

    SearchResults results = index.search("인공지능 노동", 0, 10);
    assertEquals(List.of("both"), results.hits().stream().map(SearchHit::slug).toList());
    assertFalse(results.broadened());
  }

  @Test
  void whenNoColumnHoldsEveryWordTheSearchIsBroadened() {
    index.put(column(1, "ai", "인공지능 이야기", "<p>인공지능의 역사.</p>"));

    SearchResults results = index.search("인공지능 우주 탐사", 0, 10);
    assertEquals(List.of("ai"), results.hits().stream().map(SearchHit::slug).toList());
    assertTrue(results.broadened());
  }

  @Test
  void aTitleMatchRanksAboveABodyMatch() {
    index.put(column(1, "body", "다른 제목", "<p>기후 위기에 대해 쓴다.</p>"));
    index.put(column(2, "title", "기후 위기", "<p>오늘의 이야기.</p>"));

    assertEquals(List.of("title", "body"), slugsFound("기후"));
  }

  @Test
  void matchesAreMarkedAndEverythingElseIsEscaped() {
    index.put(column(1, "x", "<b>칼럼</b> & 독자", "<p>독자는 &lt;script&gt; 칼럼을 읽는다.</p>"));

    SearchHit hit = index.search("칼럼", 0, 10).hits().get(0);
    assertEquals("&lt;b&gt;<mark>칼럼</mark>&lt;&#x2F;b&gt; &amp; 독자", hit.titleHtml());
    assertTrue(hit.snippetHtml().contains("&lt;script&gt;"), hit.snippetHtml());
    assertTrue(hit.snippetHtml().contains("<mark>칼럼</mark>을"), hit.snippetHtml());
    assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml());
  }

  @Test
  void aReplacedColumnIsFoundByItsNewTextOnly() {
    index.put(column(1, "x", "첫 제목", "<p>사과</p>"));
    index.put(column(1, "x", "새 제목", "<p>배</p>"));

    assertEquals(List.of(), slugsFound("사과"));
    assertEquals(List.of("x"), slugsFound("배"));
    assertEquals(1, index.size());
  }

  @Test
  void aRemovedColumnIsNotFound() {
    index.put(column(1, "x", "사과", "<p>사과</p>"));
    index.remove(1);

    assertEquals(List.of(), slugsFound("사과"));
    assertEquals(0, index.size());
  }

  @Test
  void resultsArePaged() {
    for (int i = 1; i <= 25; i++) {
      index.put(column(i, "c" + i, "칼럼 " + i, "<p>칼럼</p>"));
    }

    SearchResults second = index.search("칼럼", 1, 10);
    assertEquals(25, second.total());
    assertEquals(10, second.hits().size());
    assertEquals(5, index.search("칼럼", 2, 10).hits().size());
    assertEquals(List.of(), index.search("칼럼", 3, 10).hits());
  }

  @Test
  void anEmptyOrPunctuationOnlyQueryFindsNothing() {
    index.put(column(1, "x", "사과", "<p>사과</p>"));

    assertEquals(0, index.search("   ", 0, 10).total());
    assertEquals(0, index.search("?!", 0, 10).total());
    assertEquals(0, index.search(null, 0, 10).total());
  }

  @Test
  void anOverlongQueryIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> index.search("가".repeat(ColumnIndex.QUERY_MAX + 1), 0, 10));
    assertTrue(refused.getMessage().contains("200"), refused.getMessage());
  }
}
