package org.draftkit.importer.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.SourceLocation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Separates a page's document text from what a browser shows around it or not at all. Removes
 * scripts and styles silently (they are not text), hidden elements and page chrome (navigation,
 * banners, side boxes, breadcrumbs) with a diagnostic that counts their words, and picks the
 * element that holds the document: {@code <main>}, a single {@code <article>}, or {@code <body>}.
 *
 * <p>On a page with chrome, when one section holds nearly all of the remaining text, the short
 * pieces beside it (the page's title banner, a tag table) are page furniture and are removed too,
 * again with a diagnostic. Plain documents without page chrome are never trimmed that way.
 */
final class PageCleaner {

  /** The element holding the document, and the page title removed as furniture (or null). */
  record Located(Element root, String removedTitle) {}

  private static final String NEVER_TEXT =
      "script, style, template, link, meta, object, embed, iframe, "
          + "canvas, button, select, input, textarea, svg, audio, video, map";
  private static final String CHROME =
      "nav, aside, [role=navigation], [role=complementary], [role=search], "
          + "[role=banner], [role=contentinfo], dialog";
  private static final double DOMINANT_SHARE = 0.8;
  private static final int DOMINANT_MIN_WORDS = 50;
  private static final int MAX_DIAGNOSTICS_PER_KIND = 20;
  private static final int SNIPPET_WORDS = 12;

  private final String source;
  private final List<Diagnostic> diagnostics;
  private final TreeMap<String, int[]> overflow = new TreeMap<>();

  PageCleaner(String source, List<Diagnostic> diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Removes what is never text and what is hidden (by attribute, inline style or class rule). */
  void removeInvisible(Document doc, StyleSheet sheet) {
    doc.select(NEVER_TEXT).remove();
    for (Element e : doc.body().select("noscript")) {
      drop(e, "html.noscript-removed", "removed <noscript> fallback text");
    }
    List<Element> hidden = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      if (e.hasAttr("hidden") || InlineStyle.hides(e, sheet)) {
        hidden.add(e);
      }
    }
    for (Element e : outermost(hidden)) {
      drop(e, "html.hidden-removed", "removed hidden element");
    }
  }

  /** Picks the document's element, removing page chrome around and inside it. */
  Located locate(Document doc) {
    Element body = doc.body();
    Element root = body;
    Elements mains = body.select("main, [role=main]");
    if (!mains.isEmpty()) {
      root = mains.first();
    } else {
      List<Element> articles = outermost(body.select("article"));
      if (articles.size() == 1) {
        root = articles.get(0);
      }
    }
    boolean pageLike = root != body;
    if (root != body) {
      for (Element e = root; e != body; e = e.parent()) {
        for (Element sibling : e.parent().children()) {
          if (sibling != e) {
            report(
                sibling,
                "html.outside-main",
                "removed page text outside <" + root.normalName() + ">");
          }
        }
      }
      if (!root.parent().ownText().isBlank()) {
        report(
            root.parent(),
            "html.outside-main",
            "removed page text outside <" + root.normalName() + ">");
      }
    }
    List<Element> chrome = new ArrayList<>(root.select(CHROME));
    for (Element e : root.getAllElements()) {
      if (e != root && (isBreadcrumb(e) || isPageBand(e, root))) {
        chrome.add(e);
      }
    }
    List<Element> outer = outermost(chrome);
    outer.remove(root);
    pageLike |= !outer.isEmpty();
    for (Element e : outer) {
      drop(e, "html.chrome-removed", "removed page chrome");
    }
    String removedTitle = null;
    while (pageLike) {
      int total = Words.count(root.text());
      Element dominant = null;
      for (Element c : root.children()) {
        if (isContainer(c)
            && Words.count(c.text()) >= Math.max(DOMINANT_MIN_WORDS, total * DOMINANT_SHARE)) {
          dominant = c;
        }
      }
      if (dominant == null || Words.count(root.ownText()) > total * (1 - DOMINANT_SHARE)) {
        break;
      }
      for (Element c : root.children()) {
        if (c != dominant) {
          if (removedTitle == null) {
            Element h1 = c.normalName().equals("h1") ? c : c.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) {
              removedTitle = h1.text().strip();
            }
          }
          report(c, "html.furniture-removed", "removed page furniture beside the main text");
        }
      }
      root = dominant;
    }
    flushOverflow();
    return new Located(root, removedTitle);
  }

  private static boolean isBreadcrumb(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.contains("breadcrumb")) {
      return true;
    }
    for (String c : e.classNames()) {
      if (c.equalsIgnoreCase("crumb") || c.equalsIgnoreCase("crumbs")) {
        return true;
      }
    }
    return e.attr("aria-label").toLowerCase(Locale.ROOT).contains("breadcrumb");
  }

  /** A {@code <header>}/{@code <footer>} of the page (not of an article or section). */
  private static boolean isPageBand(Element e, Element root) {
    String tag = e.normalName();
    if (!tag.equals("header") && !tag.equals("footer")) {
      return false;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String t = p.normalName();
      if (t.equals("article") || t.equals("section") || t.equals("main")) {
        return false;
      }
      if (p == root && !t.equals("body")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isContainer(Element e) {
    return switch (e.normalName()) {
      case "div", "section", "article", "main" -> true;
      default -> false;
    };
  }

  private void drop(Element e, String code, String what) {
    report(e, code, what);
    e.remove();
  }

  /** A diagnostic naming the element and counting its words; silent when it has none. */
  private void report(Element e, String code, String what) {
    String text = e.text();
    int words = Words.count(text);
    if (words == 0) {
      return;
    }
    long sameKind = diagnostics.stream().filter(d -> d.code().equals(code)).count();
    if (sameKind >= MAX_DIAGNOSTICS_PER_KIND) {
      int[] counts = overflow.computeIfAbsent(code, k -> new int[2]);
      counts[0]++;
      counts[1] += words;
      return;
    }
    diagnostics.add(
        Diagnostic.info(
            code,
            what
                + " "
                + describe(e)
                + " ("
                + words
                + " word"
                + (words == 1 ? "" : "s")
                + "): "
                + Words.snippet(text, SNIPPET_WORDS),
            location(e)));
  }

  private void flushOverflow() {
    overflow.forEach(
        (code, counts) ->
            diagnostics.add(
                Diagnostic.info(
                    code,
                    "and "
                        + counts[0]
                        + " more element(s) of the same kind ("
                        + counts[1]
                        + " words)",
                    SourceLocation.line(source, 0))));
    overflow.clear();
  }

  private SourceLocation location(Element e) {
    int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
    return SourceLocation.line(source, Math.max(line, 0));
  }

  /** {@code <aside class="prov">}, {@code <nav id="top">}. */
  static String describe(Element e) {
    StringBuilder sb = new StringBuilder("<").append(e.normalName());
    if (!e.id().isEmpty()) {
      sb.append(" id=\"").append(e.id()).append('"');
    } else if (!e.className().isBlank()) {
      sb.append(" class=\"").append(e.className().strip()).append('"');
    }
    return sb.append('>').toString();
  }

  /** The elements not inside another element of the list, in document order. */
  static List<Element> outermost(List<Element> elements) {
    java.util.Set<Element> set =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    set.addAll(elements);
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      boolean nested = false;
      for (Element p = e.parent(); p != null && !nested; p = p.parent()) {
        nested = set.contains(p);
      }
      if (!nested && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
