package dev.columndesk.it.site;

import static dev.columndesk.it.support.PublicSite.pathOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.PublicSite;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Atom feeds, parsed and checked against what RFC 4287 requires of a feed and its entries; the
 * sitemap against the sitemap protocol; robots.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsAndCrawlersIT {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @ArquillianResource private URL base;
  private ColumnsApi columns;
  private static PublicSite.Desk desk;

  @BeforeEach
  void connect() {
    columns = new ColumnsApi(new Api(base));
    if (desk == null) {
      desk = PublicSite.build(columns);
    }
  }

  @Test
  void siteFeedIsValidAtomWithTheNewestColumnsFirst() {
    Element feed = atom("/feed.atom");

    List<Element> entries = children(feed, "entry");
    assertFalse(entries.isEmpty());
    List<String> ids = entries.stream().map(entry -> text(entry, "id")).toList();
    int newer = indexEndingWith(ids, pathOf(desk.newer()));
    int older = indexEndingWith(ids, pathOf(desk.older()));
    assertTrue(newer >= 0 && older > newer, "newest first: " + ids);
  }

  @Test
  void everyEntryHasWhatAtomRequires() {
    for (String path :
        List.of(
            "/feed.atom",
            "/magazines/" + desk.magazine() + "/feed.atom",
            "/authors/" + desk.author() + "/feed.atom")) {
      Element feed = atom(path);
      for (Element entry : children(feed, "entry")) {
        assertTrue(URI.create(text(entry, "id")).isAbsolute(), path);
        assertFalse(text(entry, "title").isBlank(), path);
        OffsetDateTime.parse(text(entry, "updated"));
        OffsetDateTime.parse(text(entry, "published"));
        Element link = children(entry, "link").get(0);
        assertEquals("alternate", link.getAttribute("rel"));
        assertTrue(URI.create(link.getAttribute("href")).isAbsolute());
        Element author = children(entry, "author").get(0);
        assertFalse(text(author, "name").isBlank(), path);
        Element content = children(entry, "content").get(0);
        assertEquals("html", content.getAttribute("type"));
        assertTrue(
            content.getTextContent().startsWith("<"), "escaped HTML: " + content.getTextContent());
      }
    }
  }

  @Test
  void magazineFeedHoldsOnlyItsColumnsWithTheBodyAndTags() {
    Element feed = atom("/magazines/" + desk.magazine() + "/feed.atom");

    assertEquals(desk.magazineTitle(), text(feed, "title"));
    List<Element> entries = children(feed, "entry");
    List<String> ids = entries.stream().map(entry -> text(entry, "id")).toList();
    assertEquals(2, ids.size(), "the two live columns of the magazine: " + ids);
    Element older = entries.get(indexEndingWith(ids, pathOf(desk.older())));
    assertEquals("ko", older.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertTrue(text(older, "content").contains("오픈 소스 개발자들이"), text(older, "content"));
    assertEquals(desk.byline(), text(children(older, "author").get(0), "name"));
    assertEquals(desk.tag(), children(older, "category").get(0).getAttribute("term"));
  }

  @Test
  void authorFeedIsTitledWithTheByline() {
    Element feed = atom("/authors/" + desk.author() + "/feed.atom");

    assertTrue(text(feed, "title").contains(desk.byline()), text(feed, "title"));
    assertEquals(3, children(feed, "entry").size(), "older, newer and english");
  }

  @Test
  void sitemapListsEveryLiveColumnWithAbsoluteAddresses() {
    Api.Answer answer = columns.page("/sitemap.xml");
    assertEquals(200, answer.status());
    assertTrue(answer.header("Content-Type").startsWith("application/xml"), answer::toString);
    Element urlset = parse(answer.body()).getDocumentElement();
    assertEquals(SITEMAP, urlset.getNamespaceURI());
    assertEquals("urlset", urlset.getLocalName());

    List<String> locations = new ArrayList<>();
    for (Element url : children(urlset, "url")) {
      String loc = text(url, "loc");
      assertTrue(URI.create(loc).isAbsolute(), loc);
      locations.add(loc);
    }
    for (JsonObject live : List.of(desk.older(), desk.newer(), desk.english())) {
      assertTrue(indexEndingWith(locations, pathOf(live)) >= 0, pathOf(live) + " in " + locations);
    }
    assertTrue(indexEndingWith(locations, "/magazines/" + desk.magazine()) >= 0, "magazines too");
  }

  @Test
  void robotsNamesTheSitemapAndKeepsCrawlersOutOfTheDesk() {
    Api.Answer robots = columns.page("/robots.txt");

    assertEquals(200, robots.status());
    assertTrue(robots.header("Content-Type").startsWith("text/plain"));
    assertTrue(
        robots.body().matches("(?s).*\nSitemap: https?://\\S+/sitemap\\.xml\n.*"), robots.body());
    assertTrue(robots.body().contains("Disallow: /desk/"));
    assertTrue(robots.body().contains("Disallow: /api/"));
  }

  @Test
  void feedsOfUnknownMagazinesAndAuthorsAreNotFound() {
    assertEquals(404, columns.page("/magazines/no-such-magazine/feed.atom").status());
    assertEquals(404, columns.page("/authors/no-such-author/feed.atom").status());
  }

  private Element atom(String path) {
    Api.Answer answer = columns.page(path);
    assertEquals(200, answer.status(), path);
    assertTrue(answer.header("Content-Type").startsWith("application/atom+xml"), answer::toString);
    assertNotNull(answer.header("ETag"));
    Element feed = parse(answer.body()).getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI(), path);
    assertEquals("feed", feed.getLocalName());
    for (String required : List.of("id", "title", "updated")) {
      assertEquals(1, children(feed, required).size(), "one " + required + " in " + path);
    }
    OffsetDateTime.parse(text(feed, "updated"));
    assertTrue(
        children(feed, "link").stream()
            .anyMatch(
                link ->
                    "self".equals(link.getAttribute("rel"))
                        && link.getAttribute("href").endsWith(path)),
        "a self link in " + path);
    return feed;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertFalse(found.isEmpty(), "no " + name + " in " + parent.getLocalName());
    return found.get(0).getTextContent();
  }

  private static int indexEndingWith(List<String> values, String ending) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).endsWith(ending)) {
        return i;
      }
    }
    return -1;
  }
}
