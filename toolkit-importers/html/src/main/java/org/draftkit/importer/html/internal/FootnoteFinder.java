package org.draftkit.importer.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds footnote references and footnote bodies the ways HTML writers mark them: pandoc ({@code <a
 * class="footnote-ref" href="#fn1">}, {@code <section class="footnotes">}), plain ({@code <sup><a
 * href="#fn1">1</a></sup>}, {@code <div id="fn1">}, {@code <li id="fn1">}), Word ({@code
 * href="#_ftn1"} to an {@code <a name="_ftn1">} in a {@code <div id="ftn1">}), DPUB-ARIA roles and
 * EPUB types.
 */
final class FootnoteFinder {

  /** A footnote body with its label. */
  record Body(Element element, String label) {}

  /** What was found: references (by element), bodies in document order, back-links to skip. */
  record Notes(
      Map<Element, String> refs,
      List<Body> bodies,
      Set<Element> backlinks,
      List<Element> containers,
      List<Element> danglingRefs) {
    static final Notes NONE = new Notes(Map.of(), List.of(), Set.of(), List.of(), List.of());

    /** The label of a reference element, or null. */
    String refLabel(Element e) {
      return refs.get(e);
    }
  }

  private static final Pattern NOTE_ID =
      Pattern.compile(
          "(?:fn|_?ftn|_?edn|footnote|endnote|note)[-_:]?(\\d{1,4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTE_HREF =
      Pattern.compile(
          "#(?:fn|_?ftn|_?edn|footnote|endnote)[-_:]?\\d{1,4}", Pattern.CASE_INSENSITIVE);
  private static final String CONTAINERS =
      "section.footnotes, div.footnotes, aside.footnotes, ol.footnotes, "
          + "div.endnotes, section.endnotes, [role=doc-endnotes], section#footnotes, div#footnotes, "
          + "[epub:type~=(footnotes|endnotes|rearnotes)]";
  private static final int MAX_BODY_WORDS = 600;
  private static final int MAX_LABEL_LENGTH = 6;

  private FootnoteFinder() {}

  static Notes find(Document doc) {
    Map<Element, String> refs = new IdentityHashMap<>();
    Map<Element, String> bodyLabels = new IdentityHashMap<>();
    Set<Element> refAnchors = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> dangling = new ArrayList<>();
    Map<Element, List<Element>> refsByBody = new IdentityHashMap<>();

    for (Element a : doc.select("a[href^=#]")) {
      if (!isNoteRef(a)) {
        continue;
      }
      String key = a.attr("href").substring(1);
      Element target = target(doc, key);
      if (target != null
          && target.normalName().equals("a")
          && target.attr("href").startsWith("#")
          && precedes(target, a)) {
        // a link back to an earlier link: the note's back-link, not a reference
        continue;
      }
      Element body = target == null ? null : bodyOf(target);
      if (body == null || isAncestorOrSelf(body, a) || Words.count(body.text()) > MAX_BODY_WORDS) {
        if (isExplicitRef(a)) {
          String label = labelText(a.text());
          refs.put(a, label.isEmpty() ? key : label);
          dangling.add(a);
        }
        continue;
      }
      refsByBody.computeIfAbsent(body, k -> new ArrayList<>()).add(a);
      refAnchors.add(a);
      String label = labelText(a.text());
      if (!label.isEmpty() && !bodyLabels.containsKey(body)) {
        bodyLabels.put(body, label);
      }
    }

    // bodies in containers and block elements with footnote ids, referenced or not
    List<Element> containers = new ArrayList<>();
    for (Element c : doc.select(CONTAINERS)) {
      if (containers.stream().noneMatch(outer -> isAncestorOrSelf(outer, c))) {
        containers.add(c);
      }
    }
    Map<Element, Boolean> bodies = new IdentityHashMap<>();
    for (Element c : containers) {
      for (Element item : c.select("li, [id]")) {
        if (item == c || !isBlock(item) || bodies.containsKey(item)) {
          continue;
        }
        if (item.normalName().equals("li") || NOTE_ID.matcher(item.id()).matches()) {
          bodies.put(item, true);
        }
      }
    }
    for (Element e : doc.select("[id]")) {
      if (isBlock(e)
          && NOTE_ID.matcher(e.id()).matches()
          && !e.id().toLowerCase(Locale.ROOT).contains("ref")
          && Words.count(e.text()) <= MAX_BODY_WORDS) {
        bodies.put(e, true);
      }
    }
    for (Element b : refsByBody.keySet()) {
      bodies.put(b, true);
    }

    // keep outermost bodies only, in document order
    List<Element> ordered = new ArrayList<>();
    Element last = null;
    for (Element e : doc.getAllElements()) {
      // pre-order: an element inside an earlier body is inside the last one kept
      if (bodies.containsKey(e) && (last == null || !isAncestorOrSelf(last, e))) {
        ordered.add(e);
        last = e;
      }
    }
    if (ordered.isEmpty() && refs.isEmpty()) {
      return Notes.NONE;
    }

    Map<String, Integer> used = new LinkedHashMap<>();
    List<Body> result = new ArrayList<>();
    int sequence = 0;
    for (Element body : ordered) {
      sequence++;
      String label = bodyLabels.get(body);
      if (label == null) {
        label = idLabel(body);
      }
      if (label == null
          && body.normalName().equals("li")
          && body.parent() != null
          && body.parent().normalName().equals("ol")) {
        label = Integer.toString(listPosition(body));
      }
      if (label == null) {
        label = Integer.toString(sequence);
      }
      int seen = used.merge(label, 1, Integer::sum);
      if (seen > 1) {
        label = label + "-" + seen;
      }
      result.add(new Body(body, label));
      for (Element a : refsByBody.getOrDefault(body, List.of())) {
        refs.put(a, label);
      }
    }

    // back-links inside bodies: links to a reference, or marked as such
    Set<Element> backlinks = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> refKeys = new java.util.HashSet<>();
    for (Element a : refs.keySet()) {
      addKeys(a, refKeys);
      Element p = a.parent();
      if (p != null && p.normalName().equals("sup")) {
        addKeys(p, refKeys);
      }
      for (Element child : a.children()) {
        addKeys(child, refKeys);
      }
    }
    for (Body b : result) {
      for (Element a : b.element().select("a[href]")) {
        String href = a.attr("href");
        String role = a.attr("role");
        String cls = a.className().toLowerCase(Locale.ROOT);
        if (role.equals("doc-backlink")
            || cls.contains("footnote-back")
            || cls.contains("backref")
            || (href.startsWith("#") && refKeys.contains(href.substring(1)))
            || a.text().strip().equals("\u21a9")
            || a.text().strip().equals("\u21a9\ufe0e")) {
          backlinks.add(a);
        }
      }
    }
    return new Notes(refs, result, backlinks, containers, dangling);
  }

  private static void addKeys(Element e, Set<String> keys) {
    if (!e.id().isEmpty()) {
      keys.add(e.id());
    }
    if (e.hasAttr("name")) {
      keys.add(e.attr("name"));
    }
  }

  /** A link that looks like a note reference by its markup. */
  private static boolean isNoteRef(Element a) {
    if (isExplicitRef(a)) {
      return true;
    }
    Element parent = a.parent();
    boolean inSup =
        parent != null && parent.normalName().equals("sup")
            || a.childrenSize() == 1 && a.child(0).normalName().equals("sup");
    String text = labelText(a.text());
    boolean shortText = !text.isEmpty() && text.length() <= MAX_LABEL_LENGTH;
    return shortText && (inSup || NOTE_HREF.matcher(a.attr("href")).matches());
  }

  /** A link that declares itself a note reference (class, role, epub type, Word style). */
  private static boolean isExplicitRef(Element a) {
    String cls = a.className().toLowerCase(Locale.ROOT);
    return cls.contains("footnote-ref")
        || cls.contains("noteref")
        || cls.contains("footnoteref")
        || a.attr("role").equals("doc-noteref")
        || a.attr("epub:type").contains("noteref")
        || a.attr("style").contains("mso-footnote-id")
        || a.attr("style").contains("mso-endnote-id");
  }

  private static Element target(Document doc, String key) {
    if (key.isEmpty()) {
      return null;
    }
    Element byId = doc.getElementById(key);
    if (byId != null) {
      return byId;
    }
    for (Element named : doc.getElementsByAttributeValue("name", key)) {
      return named;
    }
    return null;
  }

  /** The block holding a note: the target itself when it is a block, else an enclosing one. */
  private static Element bodyOf(Element target) {
    String tag = target.normalName();
    if (tag.matches("h[1-6]")
        || tag.equals("body")
        || tag.equals("main")
        || tag.equals("article")) {
      return null;
    }
    if (isBlock(target)) {
      return target;
    }
    // Word: the anchor sits in a paragraph of a div whose id names the note
    Element e = target.parent();
    for (int i = 0; e != null && i < 4; i++, e = e.parent()) {
      if (isBlock(e) && NOTE_ID.matcher(e.id()).matches()) {
        return e;
      }
    }
    e = target.parent();
    while (e != null && !isBlock(e)) {
      e = e.parent();
    }
    if (e == null || e.normalName().equals("body") || e.normalName().matches("h[1-6]")) {
      return null;
    }
    return e;
  }

  private static boolean isBlock(Element e) {
    return switch (e.normalName()) {
      case "li", "p", "div", "dd", "aside", "section", "td", "blockquote" -> true;
      default -> false;
    };
  }

  /** True when {@code first} starts before {@code second} in the source. */
  private static boolean precedes(Element first, Element second) {
    int a = first.sourceRange().isTracked() ? first.sourceRange().startPos() : -1;
    int b = second.sourceRange().isTracked() ? second.sourceRange().startPos() : -1;
    if (a >= 0 && b >= 0) {
      return a < b;
    }
    Document owner = first.ownerDocument();
    if (owner == null) {
      return false;
    }
    for (Element e : owner.getAllElements()) {
      if (e == first) {
        return true;
      }
      if (e == second) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** "[1]" → "1", " 12 " → "12"; long texts are not labels. */
  static String labelText(String text) {
    String t = text.strip().replaceAll("^[\\[(]\\s*|\\s*[\\])]$", "").strip();
    return t.length() <= MAX_LABEL_LENGTH && !t.contains(" ") ? t : "";
  }

  private static String idLabel(Element body) {
    Matcher m = NOTE_ID.matcher(body.id());
    if (m.matches()) {
      return Integer.toString(Integer.parseInt(m.group(1)));
    }
    return null;
  }

  private static int listPosition(Element li) {
    Element ol = li.parent();
    int n = 1;
    String start = ol.attr("start").strip();
    if (start.matches("\\d{1,6}")) {
      n = Integer.parseInt(start);
    }
    for (Element sibling : ol.children()) {
      if (sibling == li) {
        return n;
      }
      if (sibling.normalName().equals("li")) {
        n++;
      }
    }
    return n;
  }
}
