package dev.columndesk.it.security;

import static dev.columndesk.it.support.ColumnsApi.EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.columndesk.it.support.Api;
import dev.columndesk.it.support.ColumnsApi;
import dev.columndesk.it.support.PublicSite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A columnist and an editor who type markup, script, CDATA ends, entities and template syntax into
 * every field they own, published: every public page, feed, sitemap and JSON-LD shows the text as
 * text, and nothing of it becomes markup or script.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileTextIT {

  static final String SCRIPT = "</script><script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String REST = "]]> &amp; {{7*7}} #{7*7} '-->";

  @ArquillianResource private URL base;
  private static Api api;
  private static ColumnsApi columns;

  private static String author;
  private static String magazine;
  private static String magazineTitle;
  private static String tag;
  private static JsonObject column;
  private static String word;

  /** Once for the class: Arquillian injects the address only into a test's own instance. */
  @BeforeEach
  void publishHostileColumn() {
    if (column != null) {
      return;
    }
    api = new Api(base);
    columns = new ColumnsApi(api);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    // A word of letters only, which the search index keeps whole.
    word =
        "hostile"
            + suffix
                .chars()
                .mapToObj(c -> String.valueOf((char) ('k' + c % 16)))
                .reduce("", String::concat);
    author = "hostile" + suffix;
    api.openAccount(author, "필자 " + SCRIPT, Api.DEMO_PASSWORD, "WRITER");
    Api.Answer profile =
        api.patch(
            "api/v1/me",
            author,
            Json.createObjectBuilder()
                .add("penName", "필명 " + IMG)
                .add("bio", SCRIPT + IMG + REST)
                .build()
                .toString());
    assertEquals(200, profile.status(), profile::toString);
    magazine = "hostile-" + suffix;
    magazineTitle = "매거진 " + SCRIPT + " " + suffix;
    Api.Answer founded =
        api.post(
            "api/v1/magazines",
            EDITOR,
            Json.createObjectBuilder()
                .add("title", magazineTitle)
                .add("slug", magazine)
                .add("description", IMG + REST)
                .build()
                .toString());
    assertEquals(201, founded.status(), founded::toString);
    tag = "\"><img src=x onerror=a>" + suffix;
    String json =
        ColumnsApi.draftBuilder(
                "적대 " + word + " " + SCRIPT + IMG + " " + REST + " \u2028줄\u2029끝",
                "<p>본문 "
                    + suffix
                    + " <a href=\"javascript:alert(1)\">링크</a><img src=x onerror=alert(1)>"
                    + "<script>alert(1)</script></p>")
            .add("subtitle", "부제 " + IMG + REST)
            .add("summary", "요약 " + SCRIPT + REST)
            .add("slug", "hostile-column-" + suffix)
            .add("magazine", magazine)
            .add("tags", ColumnsApi.array(tag, "]]>&amp;" + suffix))
            .build()
            .toString();
    column = PublicSite.publish(columns, author, json);
  }

  private String title() {
    return column.getString("title");
  }

  private Api.Answer page(String path) {
    Api.Answer page = columns.page(path);
    assertEquals(200, page.status(), () -> path + ": " + page);
    return page;
  }

  /** What must never appear in an HTML page, whatever field it came from. */
  private static List<String> unsafe(String path, String html) {
    List<String> wrong = new ArrayList<>();
    if (html.contains("<script>alert(1)")) {
      wrong.add("a script element from text");
    }
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      // Quoted values are text (escaped, they cannot end early); what is left are the attributes.
      String attributes = tags.group().replaceAll("\"[^\"]*\"", "\"\"");
      if (Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
          .matcher(attributes)
          .find()) {
        wrong.add("an event handler attribute in " + tags.group());
      }
    }
    if (Pattern.compile("<img[^>]*src=\"?x[\"\\s>]").matcher(html).find()) {
      wrong.add("an image element from text");
    }
    if (Pattern.compile("(href|src)\\s*=\\s*\"?\\s*javascript:", Pattern.CASE_INSENSITIVE)
        .matcher(html)
        .find()) {
      wrong.add("a javascript: address");
    }
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
    while (scripts.find()) {
      if (!scripts.group(1).equals(" type=\"application/ld+json\"")) {
        wrong.add("a script element " + scripts.group());
      }
    }
    return wrong.isEmpty() ? wrong : List.of(path + ": " + wrong);
  }

  @Test
  void everyPublicPageShowsTheTextAsText() {
    String escapedScript = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
    List<String> wrong = new ArrayList<>();
    List<String> paths =
        List.of(
            PublicSite.pathOf(column),
            "/",
            "/magazines/" + magazine,
            "/authors/" + author,
            "/tags/" + PublicSite.encode(tag));
    for (String path : paths) {
      String html = page(path).body();
      wrong.addAll(unsafe(path, html));
      if (!html.contains(escapedScript)) {
        wrong.add(path + ": the title's script is not shown as text");
      }
      if (!html.contains("{{7*7}}") || !html.contains("#{7*7}") || html.contains(">49<")) {
        wrong.add(path + ": template syntax was not shown as it was typed");
      }
      if (!html.contains("&amp;amp;")) {
        wrong.add(path + ": a typed &amp; was not escaped");
      }
    }
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void theColumnPageEscapesEveryFieldAndDropsTheBodysScript() {
    String html = page(PublicSite.pathOf(column)).body();

    assertTrue(html.contains("<title>" + "적대 "), "title element");
    assertFalse(html.contains("<title>" + title()), "the raw title in <title>");
    assertTrue(
        html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "pen name / subtitle");
    assertTrue(html.contains("링크"), "the link's text stays (its javascript: address does not)");
    assertFalse(html.contains("alert(1)</script>"), "no script closes anything");
  }

  @Test
  void jsonLdParsesAndHoldsTheTextsExactly() {
    String html = page(PublicSite.pathOf(column)).body();
    Matcher script =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(script.find(), "JSON-LD on the page");
    String text = script.group(1);
    assertFalse(script.find(), "exactly one script element: the text closed none");
    assertFalse(text.contains("<"), "no < at all inside the script element");
    assertFalse(text.contains("\u2028") || text.contains("\u2029"), "line separators escaped");

    JsonObject article;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      article = reader.readObject();
    }
    assertEquals(title(), article.getString("headline"));
    assertEquals(column.getString("subtitle"), article.getString("alternativeHeadline"));
    assertEquals(column.getString("summary"), article.getString("description"));
    assertEquals(magazineTitle, article.getJsonObject("isPartOf").getString("name"));
    assertEquals("필명 " + IMG, article.getJsonObject("author").getString("name"));
    assertTrue(
        article.getJsonArray("keywords").getString(0).equals(tag)
            || article.getJsonArray("keywords").getString(1).equals(tag),
        article::toString);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS("*", element);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void feedsParseAsXmlAndHoldTheTextsExactly() throws Exception {
    for (String feed :
        List.of(
            "/feed.atom",
            "/magazines/" + magazine + "/feed.atom",
            "/authors/" + author + "/feed.atom")) {
      Document atom = xml(page(feed).body());
      assertTrue(texts(atom, "title").contains(title()), () -> feed + " " + texts(atom, "title"));
      assertTrue(texts(atom, "name").contains("필명 " + IMG), () -> feed + " " + texts(atom, "name"));
    }
  }

  @Test
  void theSitemapParsesAndListsTheColumn() throws Exception {
    List<String> locations = new ArrayList<>();
    Document sitemap = xml(page("/sitemap.xml").body());
    List<String> listed = texts(sitemap, "loc");
    if (sitemap.getDocumentElement().getLocalName().equals("sitemapindex")) {
      for (String part : listed) {
        locations.addAll(texts(xml(page(URI.create(part).getRawPath()).body()), "loc"));
      }
    } else {
      locations.addAll(listed);
    }
    String columnPath = PublicSite.pathOf(column);
    assertTrue(
        locations.stream().anyMatch(location -> location.endsWith(columnPath)),
        () -> columnPath + " in " + locations);
  }

  @Test
  void searchHighlightsAreEscapedAroundTheMarks() {
    String word = HostileTextIT.word;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    String html;
    do {
      html = page("/search?q=" + word).body();
    } while (!html.contains("<mark>" + word) && Instant.now().isBefore(deadline));

    assertTrue(html.contains("<mark>" + word + "</mark>"), html);
    assertTrue(unsafe("/search", html).isEmpty(), unsafe("/search", html)::toString);
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), html);

    String hostileQuery = PublicSite.encode(SCRIPT + IMG);
    String echoed = page("/search?q=" + hostileQuery).body();
    assertTrue(unsafe("/search?q=…", echoed).isEmpty(), unsafe("/search?q=…", echoed)::toString);
  }
}
