package dev.columndesk.service.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void oneLinePerBlockWithEntitiesDecoded() {
    String html =
        "<h2>서울 &amp; 부산</h2><p>첫 문단<br />둘째 줄</p><ul><li>&lt;하나&gt;</li><li>&#64;둘</li>"
            + "</ul><blockquote><p>인용 &#x41;</p></blockquote>";

    assertEquals(List.of("서울 & 부산", "첫 문단", "둘째 줄", "<하나>", "@둘", "인용 A"), HtmlText.lines(html));
  }

  @Test
  void emptyBodyHasNoLines() {
    assertEquals(List.of(), HtmlText.lines(""));
    assertEquals(List.of(), HtmlText.lines("<p> </p>"));
  }

  @Test
  void sanitizedOutputReadsBackAsTheTextTyped() {
    String typed = "가격은 1+1=2, 메일은 a@b.kr, \"따옴표\"와 '작은따옴표'";

    assertEquals(List.of(typed), HtmlText.lines(BodySanitizer.sanitize("<p>" + typed + "</p>")));
  }
}
