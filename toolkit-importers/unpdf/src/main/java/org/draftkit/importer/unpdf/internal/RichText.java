package org.draftkit.importer.unpdf.internal;

import java.io.StringReader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An annotation's rich text ({@code /RC}, XHTML as ISO 32000-1 12.7.3.4 describes it) as plain
 * text: the characters of every element, a line break after each block ({@code p}, {@code div},
 * {@code li}, headings) and at each {@code br}. Markup that is not well-formed XML is read by
 * dropping tags and decoding the common entities. No DTD or external entity is ever loaded.
 */
final class RichText {

  /** Rich text longer than this many characters is cut (a comment, not a book). */
  static final int MAX_CHARS = 1 << 16;

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr");

  /**
   * Tags, processing instructions, comments, a doctype; every repetition bounded (no quadratic
   * scans).
   */
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z][\\w:.-]{0,64})[^<>]{0,4096}>"
              + "|<\\?[^<>]{0,4096}>|<!--.{0,4096}?-->|<!DOCTYPE[^\\[<>]{0,4096}(?:\\[.{0,4096}?\\])?\\s{0,64}>"
              + "|<!\\[CDATA\\[|\\]\\]>",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");

  private RichText() {}

  /** The plain text of {@code xhtml}; blank when it holds no characters. */
  static String plain(String xhtml) {
    String input = xhtml.length() > MAX_CHARS ? xhtml.substring(0, MAX_CHARS) : xhtml;
    try {
      return parsed(input);
    } catch (XMLStreamException | RuntimeException e) {
      return stripped(input);
    }
  }

  private static String parsed(String xhtml) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException e) {
      // a StAX implementation without JAXP 1.5 properties: DTDs are off already
    }
    XMLStreamReader r = f.createXMLStreamReader(new StringReader(xhtml));
    StringBuilder sb = new StringBuilder();
    try {
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              sb.append(r.getText());
          case XMLStreamConstants.START_ELEMENT -> {
            if (r.getLocalName().equals("br")) {
              sb.append('\n');
            } else if (BLOCKS.contains(r.getLocalName())) {
              newLine(sb);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (BLOCKS.contains(r.getLocalName())) {
              newLine(sb);
            }
          }
          default -> {}
        }
      }
    } finally {
      r.close();
    }
    return tidy(sb);
  }

  private static String stripped(String markup) {
    StringBuilder sb = new StringBuilder();
    Matcher m = TAG.matcher(markup);
    int at = 0;
    while (m.find()) {
      sb.append(decode(markup.substring(at, m.start())));
      String name = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (name.equals("br")) {
        sb.append('\n');
      } else if (BLOCKS.contains(name)) {
        newLine(sb);
      }
      at = m.end();
    }
    sb.append(decode(markup.substring(at)));
    return tidy(sb);
  }

  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      try {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00a0";
              default ->
                  e.startsWith("#x")
                      ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
                      : e.startsWith("#")
                          ? new String(Character.toChars(Integer.parseInt(e.substring(1))))
                          : m.group();
            };
      } catch (IllegalArgumentException bad) {
        r = m.group(); // not a code point: keep it as written
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Runs of spaces, tabs and carriage returns as one space, the ends stripped. */
  private static String collapse(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void newLine(StringBuilder sb) {
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
  }

  /** Spaces within lines collapsed (XHTML's white-space rule), blank lines dropped. */
  private static String tidy(StringBuilder sb) {
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n", -1)) {
      String t = collapse(line);
      if (t.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(t);
    }
    return out.toString();
  }
}
