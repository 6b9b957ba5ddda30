package dev.columndesk.web.site;

import static dev.columndesk.web.site.XmlDocument.element;

import dev.columndesk.service.publishing.PublicColumns;
import dev.columndesk.service.publishing.PublicColumns.Location;
import dev.columndesk.service.publishing.PublicColumns.MagazineInfo;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What crawlers read: {@code /robots.txt}, which keeps them out of the desk and the API and names
 * the sitemap, and {@code /sitemap.xml} with every live column and magazine. Past {@value
 * #PER_SITEMAP} columns (the protocol allows 50,000 addresses a file, and the first file also lists
 * the front page and the magazines) the sitemap becomes an index of {@code /sitemaps/<n>.xml} files
 * of that many columns each. {@code cms.site.sitemap-urls} sets another number, from 1 to 45,000
 * (the tests split a small site).
 */
@WebServlet({Crawlers.ROBOTS, Crawlers.SITEMAP, Crawlers.PARTS + "*"})
public class Crawlers extends SitePage {

  static final String ROBOTS = "/robots.txt";
  static final String SITEMAP = "/sitemap.xml";
  static final String PARTS = "/sitemaps/";
  static final int PER_SITEMAP = 45_000;

  private static final Logger LOG = Logger.getLogger(Crawlers.class.getName());

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final long serialVersionUID = 1L;

  @Inject private transient PublicColumns columns;

  /** Columns per sitemap file. */
  private int perFile = PER_SITEMAP;

  @Override
  public void init() throws ServletException {
    super.init();
    int configured =
        ConfigProvider.getConfig()
            .getOptionalValue("cms.site.sitemap-urls", Integer.class)
            .orElse(PER_SITEMAP);
    if (configured < 1 || configured > PER_SITEMAP) {
      LOG.warning(
          () ->
              "cms.site.sitemap-urls is "
                  + configured
                  + "; it must be from 1 to "
                  + PER_SITEMAP
                  + ". Using "
                  + PER_SITEMAP);
    } else {
      perFile = configured;
    }
  }

  @Override
  protected String cacheKey(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @Override
  protected RenderedPage render(HttpServletRequest request) {
    String path = request.getServletPath();
    if (path.equals(ROBOTS)) {
      return robots();
    }
    long live = columns.countLive();
    if (path.equals(SITEMAP)) {
      return live <= perFile ? urls(0, true) : index(live);
    }
    // /sitemaps/<n>.xml, n from 1
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String number = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : "";
    int part;
    try {
      part = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return notFound(SiteText.site());
    }
    if (live <= perFile || part < 1 || (long) (part - 1) * perFile >= live) {
      return notFound(SiteText.site());
    }
    return urls((part - 1) * perFile, part == 1);
  }

  private static RenderedPage robots() {
    String robots =
        "User-agent: *\n"
            + "Disallow: /desk/\n"
            + "Disallow: /api/\n"
            + "Disallow: /login\n"
            + "Disallow: /search\n"
            + "\n"
            + "Sitemap: "
            + SiteAddress.absolute(SITEMAP)
            + "\n";
    return RenderedPage.of(200, RenderedPage.TEXT, robots, null);
  }

  /** One sitemap: the columns from {@code first}, and with the first also the front and lists. */
  private RenderedPage urls(int first, boolean withLists) {
    List<Location> locations = columns.locations(first, perFile);
    List<MagazineInfo> magazines = withLists ? columns.magazinesWithColumns() : List.of();
    String sitemap =
        XmlDocument.of(
            "urlset",
            NAMESPACE,
            xml -> {
              if (withLists) {
                url(xml, "/", locations.isEmpty() ? null : locations.get(0).publishedAt());
                for (MagazineInfo magazine : magazines) {
                  url(xml, SiteAddress.magazine(magazine.slug()), null);
                }
              }
              for (Location location : locations) {
                url(xml, SiteAddress.column(location.slug()), location.publishedAt());
              }
            });
    return RenderedPage.of(200, RenderedPage.XML, sitemap, Instant.now());
  }

  private RenderedPage index(long live) {
    String index =
        XmlDocument.of(
            "sitemapindex",
            NAMESPACE,
            xml -> {
              for (long part = 1; (part - 1) * perFile < live; part++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", SiteAddress.absolute(PARTS + part + ".xml"));
                xml.writeEndElement();
              }
            });
    return RenderedPage.of(200, RenderedPage.XML, index, Instant.now());
  }

  private static void url(XMLStreamWriter xml, String path, Instant modified)
      throws XMLStreamException {
    xml.writeStartElement("url");
    element(xml, "loc", SiteAddress.absolute(path));
    if (modified != null) {
      element(
          xml,
          "lastmod",
          DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(ChronoUnit.SECONDS)));
    }
    xml.writeEndElement();
  }
}
