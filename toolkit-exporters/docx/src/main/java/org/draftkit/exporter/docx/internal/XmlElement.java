package org.draftkit.exporter.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small mutable XML element for building WordprocessingML parts: attributes in insertion order,
 * element or text children, and children kept in the order the schema requires where the caller
 * gives one ({@link #set}). Written indented, four spaces a level, text-only elements on one line.
 * Not thread-safe.
 */
final class XmlElement {

  private final String name;
  private final List<String[]> attributes = new ArrayList<>(2);
  private final List<XmlElement> children = new ArrayList<>(2);
  private StringBuilder text;

  XmlElement(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /**
   * Sets an attribute (replacing its value when present); a null value removes nothing and adds
   * nothing.
   */
  XmlElement attr(String attribute, Object value) {
    if (value == null) {
      return this;
    }
    String v = value.toString();
    for (String[] a : attributes) {
      if (a[0].equals(attribute)) {
        a[1] = v;
        return this;
      }
    }
    attributes.add(new String[] {attribute, v});
    return this;
  }

  /** Appends a child and returns it. */
  XmlElement add(XmlElement child) {
    children.add(child);
    return child;
  }

  /** Appends a new child element and returns it. */
  XmlElement add(String childName) {
    return add(new XmlElement(childName));
  }

  /** The children, live. */
  List<XmlElement> children() {
    return children;
  }

  /** The first child with this name, or null. */
  XmlElement first(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Puts {@code child} in place of the child of the same name, or where {@code order} (the schema's
   * sequence of child names) says it goes. Returns it.
   */
  XmlElement set(XmlElement child, List<String> order) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).name.equals(child.name)) {
        children.set(i, child);
        return child;
      }
    }
    int rank = order.indexOf(child.name);
    int at = children.size();
    for (int i = 0; i < children.size(); i++) {
      if (order.indexOf(children.get(i).name) > rank) {
        at = i;
        break;
      }
    }
    children.add(at, child);
    return child;
  }

  /** Appends text content (escaped when written). */
  XmlElement text(String s) {
    if (text == null) {
      text = new StringBuilder(s);
    } else {
      text.append(s);
    }
    return this;
  }

  /** The part: an XML declaration, then this element as the root. */
  String document() {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    write(sb, 0);
    return sb.toString();
  }

  private void write(StringBuilder sb, int depth) {
    indent(sb, depth);
    sb.append('<').append(name);
    for (String[] a : attributes) {
      sb.append(' ').append(a[0]).append("=\"");
      escape(sb, a[1], true);
      sb.append('"');
    }
    if (children.isEmpty() && text == null) {
      sb.append("/>\n");
      return;
    }
    sb.append('>');
    if (text != null) {
      escape(sb, text, false);
    }
    if (!children.isEmpty()) {
      sb.append('\n');
      for (XmlElement c : children) {
        c.write(sb, depth + 1);
      }
      indent(sb, depth);
    }
    sb.append("</").append(name).append(">\n");
  }

  private static void indent(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) {
      sb.append("    ");
    }
  }

  private static void escape(StringBuilder sb, CharSequence s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\r' -> sb.append("&#13;");
        default -> sb.append(c);
      }
    }
  }
}
