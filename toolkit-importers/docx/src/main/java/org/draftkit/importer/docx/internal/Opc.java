package org.draftkit.importer.docx.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Open Packaging Conventions layer of a Word package: content types and relationships ({@code
 * _rels/.rels}, {@code word/_rels/document.xml.rels}) resolved to part names, over the XML entries
 * {@link PackageGuard#open} kept. Part names compare case-insensitively, as OPC says. One instance
 * per read.
 */
final class Opc {

  /** A relationship of a part: its type (the last segment of the type URI) and target part name. */
  record Relationship(String id, String type, String target) {}

  /**
   * The content types (after "application/vnd.openxmlformats-officedocument." or "…ms-word.") of a
   * Word main part.
   */
  static final List<String> MAIN_TYPES =
      List.of(
          "wordprocessingml.document.main+xml",
          "wordprocessingml.template.main+xml",
          "ms-word.document.macroEnabled.main+xml",
          "ms-word.template.macroEnabledTemplate.main+xml");

  private static final Pattern MAIN_TYPE =
      Pattern.compile(
          "(?i).*(" + String.join("|", MAIN_TYPES.stream().map(Pattern::quote).toList()) + ")");

  private final Map<String, byte[]> parts = new HashMap<>();
  private final Map<String, String> originalNames = new HashMap<>();
  private final XMLInputFactory xml;

  Opc(Map<String, byte[]> entries, XMLInputFactory xml) {
    this.xml = xml;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      parts.putIfAbsent(key, e.getValue());
      originalNames.putIfAbsent(key, e.getKey());
    }
  }

  /** The bytes of a part ("word/document.xml"), if present. */
  Optional<byte[]> part(String name) {
    return Optional.ofNullable(parts.get(name.toLowerCase(Locale.ROOT)));
  }

  /** A reader over a part's XML. */
  XMLStreamReader reader(String name) throws XMLStreamException {
    byte[] bytes = parts.get(name.toLowerCase(Locale.ROOT));
    if (bytes == null) {
      throw new XMLStreamException("no part " + name);
    }
    return xml.createXMLStreamReader(new ByteArrayInputStream(bytes));
  }

  /**
   * The main document part: the package's officeDocument relationship, else the part typed as one.
   */
  String mainPart() throws XMLStreamException {
    for (Relationship r : relationships("")) {
      if (r.type().equals("officeDocument") && part(r.target()).isPresent()) {
        return r.target();
      }
    }
    for (Map.Entry<String, String> override : overrides().entrySet()) {
      if (MAIN_TYPE.matcher(override.getValue()).matches() && part(override.getKey()).isPresent()) {
        return override.getKey();
      }
    }
    throw new XMLStreamException("no main document part in the package");
  }

  /** The core properties part (docProps/core.xml), if the package names one. */
  Optional<String> corePropertiesPart() throws XMLStreamException {
    for (Relationship r : relationships("")) {
      if (r.type().equals("core-properties") && part(r.target()).isPresent()) {
        return Optional.of(r.target());
      }
    }
    return part("docProps/core.xml").isPresent()
        ? Optional.of("docProps/core.xml")
        : Optional.empty();
  }

  /**
   * The relationships of a part (the package itself for ""), with internal targets resolved to part
   * names; a missing or unreadable relationships part gives none.
   */
  List<Relationship> relationships(String source) throws XMLStreamException {
    int slash = source.lastIndexOf('/');
    String dir = slash < 0 ? "" : source.substring(0, slash + 1);
    String relsName = dir + "_rels/" + source.substring(slash + 1) + ".rels";
    List<Relationship> out = new ArrayList<>();
    if (part(relsName).isEmpty()) {
      return out;
    }
    XMLStreamReader r = reader(relsName);
    try {
      Xml.toRoot(r);
      while (Xml.nextChild(r)) {
        if (r.getLocalName().equals("Relationship")
            && !"External".equalsIgnoreCase(r.getAttributeValue(null, "TargetMode"))) {
          String type = r.getAttributeValue(null, "Type");
          String target = r.getAttributeValue(null, "Target");
          if (type != null && target != null) {
            out.add(
                new Relationship(
                    r.getAttributeValue(null, "Id"),
                    type.substring(type.lastIndexOf('/') + 1),
                    resolve(dir, target)));
          }
        }
        Xml.skip(r);
      }
    } finally {
      r.close();
    }
    return out;
  }

  /**
   * The first target of a relationship type from {@code source} ("styles", "footnotes" …), if any.
   */
  Optional<String> target(List<Relationship> relationships, String type) {
    return relationships.stream()
        .filter(r -> r.type().equals(type) && part(r.target()).isPresent())
        .map(Relationship::target)
        .findFirst();
  }

  private Map<String, String> overrides() throws XMLStreamException {
    Map<String, String> out = new HashMap<>();
    XMLStreamReader r = reader(PackageGuard.CONTENT_TYPES);
    try {
      Xml.toRoot(r);
      while (Xml.nextChild(r)) {
        if (r.getLocalName().equals("Override")) {
          String name = r.getAttributeValue(null, "PartName");
          String type = r.getAttributeValue(null, "ContentType");
          if (name != null && type != null) {
            out.put(name.startsWith("/") ? name.substring(1) : name, type);
          }
        }
        Xml.skip(r);
      }
    } finally {
      r.close();
    }
    return out;
  }

  /**
   * A relationship target resolved against the source part's folder to a part name without a
   * leading slash.
   */
  static String resolve(String dir, String target) {
    String t = target.replace('\\', '/');
    String path = t.startsWith("/") ? t.substring(1) : dir + t;
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(seg);
      }
    }
    String joined = String.join("/", segments);
    if (joined.indexOf('%') < 0) {
      return joined;
    }
    try {
      return java.net.URLDecoder.decode(
          joined.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return joined; // a stray '%': keep the name as written
    }
  }
}
