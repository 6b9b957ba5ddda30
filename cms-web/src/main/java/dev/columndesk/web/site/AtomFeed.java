package dev.columndesk.web.site;

import static dev.columndesk.web.site.XmlDocument.element;

import dev.columndesk.service.publishing.PublicColumn;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of live columns, newest first, each with its whole body as escaped
 * HTML. Written with StAX, which escapes every text and attribute. An entry's id is its canonical
 * address: a slug never changes once the column has been published.
 */
final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * The feed of a page.
   *
   * @param title the feed's title
   * @param subtitle what it is, or {@code null}
   * @param pagePath the page it follows, such as {@code /magazines/…}
   * @param columns its entries, newest first
   */
  static RenderedPage of(
      String title, String subtitle, String pagePath, List<PublicColumn> columns) {
    String selfPath = "/".equals(pagePath) ? Listings.FEED : SiteAddress.feedOf(pagePath);
    Instant updated =
        columns.stream()
            .map(PublicColumn::publishedAt)
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH)
            .truncatedTo(ChronoUnit.SECONDS);
    String feed =
        XmlDocument.of(
            "feed",
            ATOM,
            xml -> {
              element(xml, "id", SiteAddress.absolute(selfPath));
              element(xml, "title", title);
              if (subtitle != null && !subtitle.isBlank()) {
                element(xml, "subtitle", subtitle);
              }
              element(xml, "updated", timestamp(updated));
              link(xml, "self", SiteAddress.absolute(selfPath), "application/atom+xml");
              link(xml, "alternate", SiteAddress.absolute(pagePath), "text/html");
              element(xml, "generator", "Column Desk");
              for (PublicColumn column : columns) {
                entry(xml, column);
              }
            });
    // Last-Modified is when it was rendered: a take-down changes a feed without updating anything.
    return RenderedPage.of(200, RenderedPage.ATOM, feed, Instant.now());
  }

  private static void entry(XMLStreamWriter xml, PublicColumn column) throws XMLStreamException {
    String address = SiteAddress.absolute(SiteAddress.column(column.slug()));
    xml.writeStartElement("entry");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", column.language());
    element(xml, "id", address);
    element(xml, "title", column.title());
    element(xml, "published", timestamp(column.firstPublishedAt()));
    element(xml, "updated", timestamp(column.publishedAt()));
    link(xml, "alternate", address, "text/html");
    xml.writeStartElement("author");
    element(xml, "name", column.byline());
    element(xml, "uri", SiteAddress.absolute(SiteAddress.author(column.authorUsername())));
    xml.writeEndElement();
    for (String tag : column.tags()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", tag);
    }
    if (column.summary() != null) {
      element(xml, "summary", column.summary());
    }
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(column.body()); // sanitized HTML, escaped once more as Atom requires
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /** RFC 3339, in UTC, to the second. */
  private static String timestamp(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }
}
