package org.draftkit.importer.docx.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What docProps/core.xml says: dc:title, dc:creator, dc:language, dcterms:created and
 * dcterms:modified (dates only). Every field may be null.
 */
record CoreProperties(
    String title, String creator, String language, LocalDate created, LocalDate modified) {

  static final CoreProperties NONE = new CoreProperties(null, null, null, null, null);

  /** Reads the core properties part. */
  static CoreProperties read(XMLStreamReader r) throws XMLStreamException {
    String title = null;
    String creator = null;
    String language = null;
    LocalDate created = null;
    LocalDate modified = null;
    Xml.toRoot(r);
    while (Xml.nextChild(r)) {
      String name = r.getLocalName();
      String text = text(r);
      switch (name) {
        case "title" -> title = text;
        case "creator" -> creator = text;
        case "language" -> language = text;
        case "created" -> created = date(text);
        case "modified" -> modified = date(text);
        default -> {}
      }
    }
    return new CoreProperties(title, creator, language, created, modified);
  }

  /** The text of the current element (nested markup ignored), stripped; null when blank. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        sb.append(r.getText());
      }
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static LocalDate date(String w3cdtf) {
    if (w3cdtf == null || w3cdtf.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(w3cdtf.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
