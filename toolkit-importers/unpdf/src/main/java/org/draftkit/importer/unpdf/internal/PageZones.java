package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.draftkit.layout.FrontMatter;
import org.draftkit.layout.RunningHeads;
import org.draftkit.model.Metadata;

/**
 * Sorts each page's lines into the masthead (read into metadata), running heads and feet (removed
 * and counted), footnote bodies and the body text flow.
 *
 * <p>A running head is recognised by its text (symbol, page number, job number, barcode, "Please
 * recycle") or by repetition: the same text (digits ignored) in the top or bottom band of two or
 * more pages. Lines beside or right above/below a running head in the same band, in a smaller font
 * than the body, belong to it (a running title set over several lines).
 */
final class PageZones {

  /** Share of the page height, from the top and from the bottom, where running heads live. */
  private static final float BAND = 0.115f;

  /** How far in a page number or symbol may sit when it is the first or last line of the page. */
  private static final float WIDE_BAND = 0.2f;

  private static final java.util.regex.Pattern FIRST_NUMBER =
      java.util.regex.Pattern.compile("\\d+");
  private static final Pattern SEPARATOR = Pattern.compile("^[_\\u2014\\u2013-]{5,}$");

  final List<Line> body = new ArrayList<>();
  final List<List<Line>> footnotesByPage = new ArrayList<>();
  final Map<RunningHeads.Kind, Set<Integer>> removedPages = new EnumMap<>(RunningHeads.Kind.class);
  final Map<RunningHeads.Kind, Integer> removedCounts = new EnumMap<>(RunningHeads.Kind.class);
  int separators;

  /** The first document symbol seen as a running head, or null. */
  String firstSymbol;

  int mastheadLines;
  Metadata metadata = Metadata.EMPTY;

  static PageZones split(List<PageContent> pages, List<List<Line>> linesByPage, PageLayout layout) {
    PageZones z = new PageZones();
    z.run(pages, linesByPage, layout);
    return z;
  }

  private void run(List<PageContent> pages, List<List<Line>> linesByPage, PageLayout layout) {
    Set<Line> masthead =
        readMasthead(linesByPage.isEmpty() ? List.of() : linesByPage.get(0), layout);
    Map<String, Set<Integer>> topKeys = new HashMap<>();
    Map<String, Set<Integer>> bottomKeys = new HashMap<>();
    for (List<Line> lines : linesByPage) {
      for (Line l : lines) {
        if (masthead.contains(l)) {
          continue;
        }
        float h = layout.height(l.page());
        if (l.baseline() < h * BAND) {
          topKeys
              .computeIfAbsent(RunningHeads.repetitionKey(l.text()), k -> new TreeSet<>())
              .add(l.page());
        } else if (l.baseline() > h * (1 - BAND)) {
          bottomKeys
              .computeIfAbsent(RunningHeads.repetitionKey(l.text()), k -> new TreeSet<>())
              .add(l.page());
        }
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      List<Line> lines = linesByPage.get(i);
      Map<Line, RunningHeads.Kind> removed = new IdentityHashMap<>();
      float h = pages.get(i).height();
      List<Line> order = new ArrayList<>();
      for (Line l : lines) {
        if (!masthead.contains(l)) {
          order.add(l);
        }
      }
      // the footnote area is found first: its lines repeat from page to page ("See A/80/123, para.
      // 4")
      // and fill the foot band of office PDFs, yet they are notes, not running feet
      float noteTop = footnoteTop(pages.get(i), order, layout);
      for (int k = 0; k < order.size(); k++) {
        Line l = order.get(k);
        boolean top = l.baseline() < h * BAND;
        boolean bottom = l.baseline() > h * (1 - BAND);
        // a page number or symbol set a little further in still opens or closes the page
        boolean edge =
            (k < 2 && l.baseline() < h * WIDE_BAND)
                || (k >= order.size() - 2 && l.baseline() > h * (1 - WIDE_BAND));
        if (!top && !bottom && !edge) {
          continue;
        }
        Optional<RunningHeads.Kind> kind = RunningHeads.classify(l.text());
        if (kind.isPresent()
            && kind.get() == RunningHeads.Kind.PAGE_NUMBER
            && !plausiblePageNumber(l.text(), pages.size())) {
          kind = Optional.empty();
        }
        if (!top
            && !bottom
            && kind.isPresent()
            && kind.get() != RunningHeads.Kind.PAGE_NUMBER
            && kind.get() != RunningHeads.Kind.SYMBOL) {
          kind = Optional.empty();
        }
        if (kind.isEmpty() && !startsRaised(l) && (top || bottom) && l.baseline() < noteTop) {
          Set<Integer> seen =
              (top ? topKeys : bottomKeys).get(RunningHeads.repetitionKey(l.text()));
          if (seen != null && seen.size() >= 2 && l.text().length() >= 2) {
            kind = Optional.of(RunningHeads.Kind.REPEATED);
          }
        }
        kind.ifPresent(x -> removed.put(l, x));
      }
      spread(lines, removed, h, layout, noteTop);
      List<Line> kept = new ArrayList<>();
      for (Line l : lines) {
        RunningHeads.Kind k = removed.get(l);
        if (k != null) {
          if (k == RunningHeads.Kind.SYMBOL && firstSymbol == null) {
            firstSymbol = l.text().strip();
          }
          removedCounts.merge(k, 1, Integer::sum);
          removedPages.computeIfAbsent(k, x -> new TreeSet<>()).add(l.page());
        } else if (!masthead.contains(l)) {
          kept.add(l);
        }
      }
      splitFootnotes(kept, noteTop);
    }
  }

  /** A printed page number cannot be far above the page count ("2023" on a cover is a year). */
  private static boolean plausiblePageNumber(String text, int pages) {
    java.util.regex.Matcher m = FIRST_NUMBER.matcher(text);
    if (!m.find()) {
      return true; // roman numerals
    }
    return m.group().length() <= 4 && Integer.parseInt(m.group()) <= pages * 2 + 20;
  }

  /** A line opening with a raised label is a footnote, never a running head. */
  private static boolean startsRaised(Line l) {
    return !l.spans().isEmpty() && l.spans().get(0).raised();
  }

  /**
   * Extends removal to the rest of a running head block: lines beside or adjacent in the same band.
   */
  private static void spread(
      List<Line> lines,
      Map<Line, RunningHeads.Kind> removed,
      float h,
      PageLayout layout,
      float noteTop) {
    boolean changed = !removed.isEmpty();
    while (changed) {
      changed = false;
      for (Line l : lines) {
        if (removed.containsKey(l) || startsRaised(l) || l.baseline() > noteTop) {
          continue;
        }
        boolean top = l.baseline() < h * BAND;
        boolean bottom = l.baseline() > h * (1 - BAND);
        if (!top && !bottom) {
          continue;
        }
        for (Map.Entry<Line, RunningHeads.Kind> e : removed.entrySet()) {
          Line r = e.getKey();
          float dy = Math.abs(l.baseline() - r.baseline());
          boolean beside = dy < Math.max(l.size(), r.size()) * 0.5f;
          boolean adjacent =
              dy <= Math.max(l.size(), r.size()) * 1.6f
                  && l.size() < layout.bodySize * 0.95f
                  && Math.abs(l.size() - r.size()) <= r.size() * 0.2f;
          if (beside || adjacent) {
            removed.put(l, RunningHeads.Kind.REPEATED);
            changed = true;
            break;
          }
        }
      }
    }
  }

  /** Reads the masthead of the first page: lines of its upper part that FrontMatter recognises. */
  private Set<Line> readMasthead(List<Line> lines, PageLayout layout) {
    Set<Line> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    if (lines.isEmpty()) {
      return taken;
    }
    float limit = layout.height(lines.get(0).page()) * 0.45f;
    List<Line> candidates = new ArrayList<>();
    boolean ended = false;
    boolean dated = false;
    for (Line l : lines) {
      if (l.baseline() >= limit) {
        break;
      }
      Optional<FrontMatter.Field> f = FrontMatter.classify(l.text());
      if (f.isEmpty()) {
        // after the masthead, a line that looks like a masthead line ("Ad Hoc Working Group on …"
        // closing a title) is body text; only the document's date may still follow the title
        ended |= candidates.size() >= 2;
      } else if (!ended || f.get() == FrontMatter.Field.DATE && !dated) {
        candidates.add(l);
        dated |= f.get() == FrontMatter.Field.DATE;
      }
    }
    if (candidates.size() < 2) {
      return taken; // not a UN masthead
    }
    FrontMatter fm = new FrontMatter(Metadata.EMPTY);
    for (Line l : candidates) {
      fm.accept(l.text());
      taken.add(l);
    }
    mastheadLines = fm.lines();
    metadata = fm.metadata();
    return taken;
  }

  /**
   * Where the page's footnote area starts: the baseline of its separator (the last line of
   * underscores or dashes in the lower two thirds of the page) or the middle of a short drawn rule
   * at the left margin with only small text below it; {@code +∞} when the page has none.
   */
  private static float footnoteTop(PageContent page, List<Line> lines, PageLayout layout) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line l = lines.get(i);
      if (SEPARATOR.matcher(l.text().replace(" ", "")).matches()
          && l.baseline() > page.height() * 0.3f) {
        return l.baseline();
      }
    }
    Float rule = separatorRule(page, lines, layout);
    return rule == null ? Float.POSITIVE_INFINITY : rule;
  }

  /** Splits the page's kept lines at the footnote area: the separator line itself is dropped. */
  private void splitFootnotes(List<Line> lines, float noteTop) {
    List<Line> notes = new ArrayList<>();
    boolean found = false;
    for (Line l : lines) {
      if (l.baseline() < noteTop) {
        body.add(l);
      } else if (l.baseline() == noteTop
          && SEPARATOR.matcher(l.text().replace(" ", "")).matches()) {
        found = true; // the line of underscores
      } else {
        notes.add(l);
      }
    }
    if (found || noteTop != Float.POSITIVE_INFINITY) {
      separators++;
    }
    footnotesByPage.add(notes);
  }

  /**
   * A short drawn rule at the left margin in the lower part of the page with only small text below.
   */
  private static Float separatorRule(PageContent page, List<Line> lines, PageLayout layout) {
    Float best = null;
    for (Rule r : page.rules()) {
      if (r.annotation() != 0
          || r.width() < 40
          || r.width() > 260
          || r.y0() < page.height() * 0.3f) {
        continue;
      }
      if (Math.abs(r.x0() - layout.left(page.number())) > 45) {
        continue;
      }
      boolean crossesText = false;
      boolean textBelow = false;
      boolean bigBelow = false;
      for (Line l : lines) {
        if (l.baseline() >= r.y0() - 1
            && l.top() <= r.y1() + 1
            && l.x1() > r.x0()
            && l.x0() < r.x1()) {
          crossesText = true;
        }
        if (l.top() > r.y1() && RunningHeads.classify(l.text()).isEmpty()) {
          // running feet (symbol, job number, barcode) below the notes say nothing of the rule
          textBelow = true;
          bigBelow |= l.size() > layout.bodySize * 1.05f;
        }
      }
      if (!crossesText && textBelow && !bigBelow && (best == null || r.y0() > best)) {
        best = r.midY();
      }
    }
    return best;
  }
}
