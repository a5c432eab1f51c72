package org.rlsviewer.importer;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming XML reader that never expands a DTD: no document type declarations, no external
 * entities. Workbooks never need one, so a declaration (the start of every "billion laughs" XML
 * bomb) is refused outright rather than expanded within limits.
 */
final class SafeXml {

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** A reader over one part of a workbook; {@link #next} refuses a DTD. */
  static XMLStreamReader open(InputStream in, String part) throws PackedFileException {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw packedCause(e).orElseGet(() -> damaged(part));
    }
  }

  /** The next event, refusing a document type declaration and an entity reference. */
  static int next(XMLStreamReader xml, String part) throws PackedFileException {
    try {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new PackedFileException("holds an XML document type declaration in " + part
            + ", which no spreadsheet needs (it is how an \"XML bomb\" starts), so it was not read.");
      }
      return event;
    } catch (XMLStreamException e) {
      throw packedCause(e).orElseGet(() -> damaged(part));
    }
  }

  /** The parser wraps a read that went over the size limit; that reason is the one to give. */
  private static java.util.Optional<PackedFileException> packedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
        && x.getNestedException() != t ? x.getNestedException() : t.getCause()) {
      if (t instanceof PackedFileException packed) {
        return java.util.Optional.of(packed);
      }
    }
    return java.util.Optional.empty();
  }

  static PackedFileException damaged(String part) {
    return new PackedFileException("is damaged: its part " + part + " is not well-formed XML.");
  }

  /** An attribute by local name, whatever its namespace; null when absent. */
  static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  static void close(XMLStreamReader xml) {
    try {
      xml.close();
    } catch (XMLStreamException ignored) {
      // the stream under it is closed by its owner
    }
  }
}
