package org.draftkit.importer.docx.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX helpers for WordprocessingML (transitional and strict namespaces alike). */
final class Xml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

  /** Run properties as written on one w:rPr: the formatting and the character style named. */
  record RunProperties(RunFormat format, String style) {}

  private Xml() {}

  /** Moves to the root element. */
  static void toRoot(XMLStreamReader r) throws XMLStreamException {
    while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
      r.next();
    }
  }

  /**
   * Moves to the next child element of the current element; false (at its end tag) when there is
   * none.
   */
  static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (e == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  /** Skips the current element and everything in it. */
  static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static boolean wordNs(String ns) {
    return W.equals(ns) || W_STRICT.equals(ns);
  }

  /** True when the current element is w:{@code localName}. */
  static boolean is(XMLStreamReader r, String localName) {
    return wordNs(r.getNamespaceURI()) && r.getLocalName().equals(localName);
  }

  /** A w: attribute of the current element, or null. */
  static String attr(XMLStreamReader r, String localName) {
    String v = r.getAttributeValue(W, localName);
    return v != null ? v : r.getAttributeValue(W_STRICT, localName);
  }

  /** A numeric w: attribute, or null when absent or not a number. */
  static Integer intAttr(XMLStreamReader r, String localName) {
    String v = attr(r, localName);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An on/off property's w:val: absent means on. */
  static Boolean toggle(String val) {
    return val == null || bool(val);
  }

  static boolean bool(String val) {
    return val != null
        && (val.equals("1") || val.equalsIgnoreCase("true") || val.equalsIgnoreCase("on"));
  }

  /**
   * Reads a w:rPr (the reader on its start tag) up to its end tag; w:rPrChange (old values) is
   * ignored.
   */
  static RunProperties runProperties(XMLStreamReader r) throws XMLStreamException {
    Boolean b = null;
    Boolean i = null;
    Boolean strike = null;
    Boolean dstrike = null;
    Boolean u = null;
    Boolean vanish = null;
    Boolean sup = null;
    String style = null;
    while (nextChild(r)) {
      if (wordNs(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "rStyle" -> style = attr(r, "val");
          case "b" -> b = toggle(attr(r, "val"));
          case "i" -> i = toggle(attr(r, "val"));
          case "strike" -> strike = toggle(attr(r, "val"));
          case "dstrike" -> dstrike = toggle(attr(r, "val"));
          case "vanish" -> vanish = toggle(attr(r, "val"));
          case "u" -> {
            String v = attr(r, "val");
            u = v == null || !v.equals("none");
          }
          case "vertAlign" -> sup = "superscript".equals(attr(r, "val"));
          default -> {}
        }
      }
      skip(r);
    }
    return new RunProperties(new RunFormat(b, i, strike, dstrike, u, vanish, sup), style);
  }
}
