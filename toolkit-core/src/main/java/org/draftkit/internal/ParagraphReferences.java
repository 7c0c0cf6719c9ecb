package org.draftkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.ParagraphNumber;

/**
 * Finds paragraph references in prose, in the forms real submissions use: "para 66", "paragraph
 * 84", "paras 9-12, 16, 18- 27", "paras 104–106", "paragraphs 61 to 65", "paragraphs 100 and 103",
 * "83 bis", "PP3", "OP 5", "(a) of paragraph 12". Ranges expand to every paragraph in them.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ParagraphReferences {

  /**
   * The most paragraphs one range may expand to; longer ranges are taken as typos and kept as their
   * ends.
   */
  public static final int MAX_RANGE = 500;

  private static final String SUFFIX = "(?:\\s*(?:bis|ter|quater|quinquies|sexies))?";
  private static final String SUB = "(?:\\s?\\([a-z]{1,4}\\))?";
  private static final String NUM = "\\d{1,4}" + SUFFIX + SUB;
  private static final String DASH = "\\s*[-‐‑‒–—]\\s*|\\s+to\\s+|\\s+through\\s+";
  private static final String ITEM = NUM + "(?:(?:" + DASH + ")" + NUM + ")?";
  private static final String SEP = "\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&|or)\\s+|\\s*;\\s*";

  /** "para(s)/paragraph(s)/OP/PP/¶" followed by a list of items. */
  private static final Pattern LIST =
      Pattern.compile(
          "(?<sub>\\(([a-z]{1,4})\\)\\s+of\\s+)?"
              + "(?<kw>\\b(?:paras?\\.?|paragraphs?|pars?\\.|¶+|OPs?|PPs?|operative\\s+paragraphs?|preambular\\s+paragraphs?)\\s*)"
              + "(?<items>"
              + ITEM
              + "(?:(?:"
              + SEP
              + ")"
              + ITEM
              + ")*)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ITEM_RE =
      Pattern.compile(
          "(?<from>\\d{1,4})(?<fs>"
              + SUFFIX
              + ")(?:\\s?\\((?<sub>[a-z]{1,4})\\))?"
              + "(?:(?:"
              + DASH
              + ")(?<to>\\d{1,4})(?<ts>"
              + SUFFIX
              + "))?",
          Pattern.CASE_INSENSITIVE);

  /** "83 bis" on its own, and "PP3"/"OP5" glued. */
  private static final Pattern BARE_BIS =
      Pattern.compile(
          "\\b(\\d{1,4}\\s*(?:bis|ter|quater|quinquies|sexies))\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern GLUED = Pattern.compile("\\b(PP|OP)(\\d{1,4})\\b");

  /** A reference found in text: the labels it names and where it stands. */
  public record Reference(List<String> labels, int start, int end, String text) {
    public Reference {
      labels = List.copyOf(labels);
    }
  }

  /**
   * All references in the text, in order of appearance; labels are normalised ("83 bis", "PP3",
   * "12(a)").
   */
  public List<Reference> find(String text) {
    List<Reference> refs = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Matcher m = LIST.matcher(text);
    while (m.find()) {
      String kw = m.group("kw").trim().toUpperCase(java.util.Locale.ROOT);
      String prefix = kw.startsWith("PP") || kw.startsWith("PREAMBULAR") ? "PP" : "";
      String sub = m.group(2);
      List<String> labels = new ArrayList<>();
      Matcher im = ITEM_RE.matcher(m.group("items"));
      while (im.find()) {
        int from = Integer.parseInt(im.group("from"));
        int fromSuffix = ParagraphNumber.suffixOrdinal(im.group("fs").strip());
        if (im.group("to") == null) {
          labels.add(
              label(prefix, from, fromSuffix, im.group("sub") != null ? im.group("sub") : sub));
          continue;
        }
        int to = Integer.parseInt(im.group("to"));
        int toSuffix = ParagraphNumber.suffixOrdinal(im.group("ts").strip());
        if (to < from || to - from > MAX_RANGE) {
          labels.add(label(prefix, from, fromSuffix, sub));
          labels.add(label(prefix, to, toSuffix, sub));
          continue;
        }
        labels.add(label(prefix, from, fromSuffix, sub));
        for (int n = from + 1; n <= to; n++) {
          labels.add(label(prefix, n, n == to ? toSuffix : 0, sub));
        }
      }
      if (!labels.isEmpty()) {
        refs.add(new Reference(dedupe(labels), m.start(), m.end(), m.group()));
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
      }
    }
    for (Pattern p : new Pattern[] {BARE_BIS, GLUED}) {
      Matcher b = p.matcher(text);
      while (b.find()) {
        if (taken[b.start()]) {
          continue;
        }
        String label =
            p == GLUED && b.group(1).equals("OP")
                ? b.group(2)
                : ParagraphNumber.parse(b.group()).map(ParagraphNumber::label).orElse(null);
        if (label != null) {
          refs.add(new Reference(List.of(label), b.start(), b.end(), b.group()));
          for (int i = b.start(); i < b.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
    refs.sort(java.util.Comparator.comparingInt(Reference::start));
    return refs;
  }

  /** Every label the text refers to, in order of first appearance. */
  public List<String> labels(String text) {
    Set<String> all = new LinkedHashSet<>();
    for (Reference r : find(text)) {
      all.addAll(r.labels());
    }
    return List.copyOf(all);
  }

  private static String label(String prefix, int n, int suffix, String sub) {
    String base =
        prefix.isEmpty()
            ? ParagraphNumber.arabic(n, suffix).label()
            : prefix + ParagraphNumber.arabic(n, suffix).label().replace(" ", " ");
    return sub == null ? base : base + "(" + sub + ")";
  }

  private static List<String> dedupe(List<String> labels) {
    return List.copyOf(new LinkedHashSet<>(labels));
  }
}
