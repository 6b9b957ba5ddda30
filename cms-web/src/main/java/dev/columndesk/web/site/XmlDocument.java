package dev.columndesk.web.site;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** XML documents written with StAX, which escapes every text and attribute value it is given. */
final class XmlDocument {

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  /** What goes inside the root element. */
  interface Content {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private XmlDocument() {}

  /** A UTF-8 document whose root element, in {@code namespace}, holds {@code content}. */
  static String of(String root, String namespace, Content content) {
    StringWriter out = new StringWriter(16_384);
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(namespace);
      content.write(xml);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to memory cannot fail", e);
    }
    return out.toString();
  }

  /** {@code <name>text</name>}. */
  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
