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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final int PER_FILE = 25;

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
    List<String> locations = sitemapLocations();

    for (String loc : locations) {
      assertTrue(URI.create(loc).isAbsolute(), loc);
    }
    for (JsonObject live : List.of(desk.older(), desk.newer(), desk.english())) {
      assertTrue(indexEndingWith(locations, pathOf(live)) >= 0, pathOf(live) + " in " + locations);
    }
    assertTrue(indexEndingWith(locations, "/magazines/" + desk.magazine()) >= 0, "magazines too");
  }

  /**
   * The suite's sitemap files hold {@value #PER_FILE} columns each ({@code cms.site.sitemap-urls}
   * in arquillian.xml; 45,000 out of the box), so that the split is seen without 45,000 columns.
   */
  @Test
  void pastItsSizeTheSitemapIsAnIndexOfFilesThatListEveryLiveColumnOnce() {
    Element root = sitemap("/sitemap.xml");
    if (root.getLocalName().equals("urlset")) {
      // Too few columns are live yet for a second file: publish enough.
      for (int i = 0; i <= PER_FILE; i++) {
        JsonObject column = columns.newDraft(ColumnsApi.WRITER, ColumnsApi.unique("지도 " + i));
        column = columns.move(column, "submit", ColumnsApi.WRITER, null);
        column = columns.move(column, "approve", ColumnsApi.EDITOR, null);
        columns.move(column, "publish", ColumnsApi.PUBLISHER, null);
      }
      root = sitemap("/sitemap.xml");
    }
    assertEquals("sitemapindex", root.getLocalName());

    List<Element> files = children(root, "sitemap");
    assertTrue(files.size() >= 2, "more than one file");
    Set<String> seen = new HashSet<>();
    for (int n = 1; n <= files.size(); n++) {
      String loc = text(files.get(n - 1), "loc");
      assertTrue(URI.create(loc).isAbsolute() && loc.endsWith("/sitemaps/" + n + ".xml"), loc);
      List<String> inFile =
          children(sitemap("/sitemaps/" + n + ".xml"), "url").stream()
              .map(url -> text(url, "loc"))
              .toList();
      List<String> columnsInFile = inFile.stream().filter(l -> l.contains("/columns/")).toList();
      if (n < files.size()) {
        assertEquals(PER_FILE, columnsInFile.size(), "file " + n + " is full");
      } else {
        assertTrue(columnsInFile.size() >= 1 && columnsInFile.size() <= PER_FILE, "the last file");
      }
      // The front page and the magazines are listed once, in the first file.
      assertEquals(n == 1, inFile.stream().anyMatch(l -> l.contains("/magazines/")), "file " + n);
      for (String column : columnsInFile) {
        assertTrue(seen.add(column), column + " listed twice");
      }
    }
    for (JsonObject live : List.of(desk.older(), desk.newer(), desk.english())) {
      assertTrue(seen.stream().anyMatch(l -> l.endsWith(pathOf(live))), pathOf(live));
    }
    for (String missing :
        List.of("/sitemaps/" + (files.size() + 1) + ".xml", "/sitemaps/0.xml", "/sitemaps/x.xml")) {
      assertEquals(404, columns.page(missing).status(), missing);
    }
  }

  /** Every address the sitemap lists, following its index when it has one. */
  private List<String> sitemapLocations() {
    Element root = sitemap("/sitemap.xml");
    List<Element> urls = new ArrayList<>();
    if (root.getLocalName().equals("sitemapindex")) {
      for (Element file : children(root, "sitemap")) {
        String path = URI.create(text(file, "loc")).getPath();
        urls.addAll(children(sitemap(path), "url"));
      }
    } else {
      assertEquals("urlset", root.getLocalName());
      urls.addAll(children(root, "url"));
    }
    return urls.stream().map(url -> text(url, "loc")).toList();
  }

  /** A sitemap file or index, checked for its type and namespace. */
  private Element sitemap(String path) {
    Api.Answer answer = columns.page(path);
    assertEquals(200, answer.status(), path);
    assertTrue(answer.header("Content-Type").startsWith("application/xml"), answer::toString);
    Element root = parse(answer.body()).getDocumentElement();
    assertEquals(SITEMAP, root.getNamespaceURI(), path);
    return root;
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
