package org.draftkit.exporter.html.internal;

import java.util.List;
import java.util.Map;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.AlignedPair.Status;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.Segment;
import org.draftkit.compare.Summary;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;

/** Renders a {@link Comparison} as HTML: summary, inline redline and side-by-side table. */
public final class Redline {
  private Redline() {}

  /** The summary line of a comparison. */
  public static String summary(Summary s) {
    StringBuilder sb = new StringBuilder("<div class=\"summary\">");
    item(sb, s.unchanged(), "unchanged");
    item(sb, s.modified(), "modified");
    item(sb, s.moved(), "moved");
    item(sb, s.inserted(), "inserted");
    item(sb, s.deleted(), "deleted");
    item(sb, s.split(), "split");
    item(sb, s.merged(), "merged");
    item(sb, s.renumbered(), "renumbered");
    sb.append("<br>words: <b>")
        .append(s.wordsInserted())
        .append("</b> inserted, <b>")
        .append(s.wordsDeleted())
        .append("</b> deleted</div>\n");
    if (s.noDifferences()) {
      sb.append("<p class=\"no-differences\"><strong>")
          .append(Html.esc(Summary.NO_DIFFERENCES))
          .append("</strong></p>\n");
    }
    return sb.toString();
  }

  private static void item(StringBuilder sb, int n, String what) {
    sb.append("<span><b>").append(n).append("</b> ").append(what).append("</span> &nbsp; ");
  }

  /**
   * The inline redline: every pair in the newer revision's reading order, moves linked from their
   * origin.
   */
  public static String inline(Comparison c, String idPrefix) {
    StringBuilder sb = new StringBuilder();
    Map<Integer, Integer> origins = c.moveOrigins();
    List<AlignedPair> pairs = c.pairs();
    for (int i = 0; i <= pairs.size(); i++) {
      for (Map.Entry<Integer, Integer> o : origins.entrySet()) {
        if (o.getValue() == i) {
          AlignedPair moved = pairs.get(o.getKey());
          sb.append("<p class=\"para noprint\" id=\"")
              .append(idPrefix)
              .append("from-")
              .append(o.getKey())
              .append("\"><span class=\"num\">")
              .append(Html.esc(number(moved.oldParagraph())))
              .append(
                  "</span><span class=\"txt\"><span class=\"tag t-moved\">moved</span> to <a href=\"#")
              .append(idPrefix)
              .append("pair-")
              .append(o.getKey())
              .append("\">")
              .append(Html.esc(number(moved.newParagraph())))
              .append("</a></span></p>\n");
        }
      }
      if (i == pairs.size()) {
        break;
      }
      AlignedPair p = pairs.get(i);
      if (p.status() == Status.SPLIT) {
        for (int part = 0; part < p.newer().size(); part++) {
          line(
              sb,
              idPrefix + "pair-" + i + (part == 0 ? "" : "-" + part),
              p.newer().get(part),
              part == 0 ? number(p.oldParagraph()) + " → " : "→ ",
              number(p.newer().get(part)),
              p,
              text(p.segments(part), true, true),
              part == 0);
        }
        continue;
      }
      Paragraph shown = p.newParagraph() != null ? p.newParagraph() : p.oldParagraph();
      String oldNo =
          p.older().isEmpty()
              ? "—"
              : String.join("+", p.older().stream().map(Redline::number).toList());
      String newNo = p.newer().isEmpty() ? "—" : number(p.newParagraph());
      String from =
          p.renumbered()
                  || p.status() == Status.INSERTED
                  || p.status() == Status.DELETED
                  || p.status() == Status.MERGED
                  || p.status() == Status.MOVED
              ? oldNo + " → "
              : "";
      String html = p.status() == Status.MERGED ? merged(p) : text(p.segments(), true, true);
      line(
          sb,
          idPrefix + "pair-" + i,
          shown,
          from,
          newNo.equals("—") && from.isEmpty() ? oldNo : newNo,
          p,
          html,
          true);
    }
    return sb.toString();
  }

  private static void line(
      StringBuilder sb,
      String id,
      Paragraph shown,
      String from,
      String to,
      AlignedPair p,
      String html,
      boolean tags) {
    String cls = Html.paraClass(shown) + (p.status() == Status.MOVED ? " moved" : "");
    sb.append("<p class=\"")
        .append(cls)
        .append("\" id=\"")
        .append(id)
        .append("\"><span class=\"num\">")
        .append(Html.esc(from + to))
        .append("</span><span class=\"txt\">")
        .append(html);
    if (tags && p.status() != Status.UNCHANGED) {
      sb.append("<span class=\"tag t-")
          .append(p.status().id())
          .append("\">")
          .append(p.status().id())
          .append("</span>");
    }
    if (tags && p.renumbered() && p.status() == Status.UNCHANGED) {
      sb.append("<span class=\"tag t-renumbered\">renumbered</span>");
    }
    if (tags) {
      footnoteTag(sb, p);
    }
    sb.append("</span></p>\n");
  }

  /** "footnote 3 changed" on a pair whose footnotes changed (the notes list shows how). */
  private static void footnoteTag(StringBuilder sb, AlignedPair p) {
    for (AlignedPair.FootnoteChange f : p.footnotes()) {
      String label = f.newLabel() != null ? f.newLabel() : f.oldLabel();
      String what = f.oldLabel() == null ? "added" : f.newLabel() == null ? "deleted" : "changed";
      sb.append("<span class=\"tag t-renumbered t-footnote\">footnote ")
          .append(Html.esc(label))
          .append(' ')
          .append(what)
          .append("</span>");
    }
  }

  /**
   * The notes of the comparison: every footnote of the newer revision, with its redline where its
   * text changed, then the footnotes of the older revision that were deleted; empty when neither
   * revision has footnotes.
   */
  public static String notes(Comparison c) {
    Map<String, AlignedPair.FootnoteChange> changed = new java.util.HashMap<>();
    List<AlignedPair.FootnoteChange> deleted = new java.util.ArrayList<>();
    for (AlignedPair p : c.pairs()) {
      for (AlignedPair.FootnoteChange f : p.footnotes()) {
        if (f.newLabel() == null) {
          deleted.add(f);
        } else {
          changed.putIfAbsent(f.newLabel(), f);
        }
      }
    }
    if (c.newer().footnotes().isEmpty() && deleted.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<h2>Notes</h2>\n<ol class=\"notes\">\n");
    for (Footnote f : c.newer().footnotes()) {
      AlignedPair.FootnoteChange change = changed.get(f.label());
      sb.append("<li id=\"fn-")
          .append(Html.esc(f.label()))
          .append("\" value=\"")
          .append(f.label().matches("\\d{1,6}") ? f.label() : "0")
          .append("\">");
      if (change == null) {
        sb.append(Html.runs(f.runs()));
      } else {
        sb.append(text(change.segments(), true, true))
            .append("<span class=\"tag t-renumbered t-footnote\">")
            .append(change.oldLabel() == null ? "added" : "changed")
            .append("</span>");
      }
      sb.append("</li>\n");
    }
    for (AlignedPair.FootnoteChange f : deleted) {
      sb.append("<li class=\"deleted\" value=\"")
          .append(f.oldLabel().matches("\\d{1,6}") ? f.oldLabel() : "0")
          .append("\">")
          .append(text(f.segments(), true, true))
          .append("<span class=\"tag t-deleted\">deleted</span></li>\n");
    }
    return sb.append("</ol>\n").toString();
  }

  /**
   * The side-by-side table: older text with deletions, newer text with insertions; the several
   * paragraphs of a split (newer side) or merge (older side) each on their own line with their
   * number and their own words.
   */
  public static String sideBySide(Comparison c) {
    StringBuilder sb =
        new StringBuilder("<table class=\"sbs\"><thead><tr><th>")
            .append(Html.esc(c.oldMetadata().displayName()))
            .append("</th><th>")
            .append(Html.esc(c.newMetadata().displayName()))
            .append("</th></tr></thead><tbody>\n");
    for (AlignedPair p : c.pairs()) {
      sb.append("<tr class=\"").append(p.status() == Status.MOVED ? "moved" : "").append("\"><td>");
      if (p.status() == Status.MERGED) {
        parts(sb, p.older(), p, true, false);
      } else if (!p.older().isEmpty()) {
        sb.append("<b>")
            .append(Html.esc(number(p.oldParagraph())))
            .append("</b> ")
            .append(text(p.segments(), true, false));
      }
      sb.append("</td><td>");
      if (p.status() == Status.SPLIT) {
        parts(sb, p.newer(), p, false, true);
      } else if (!p.newer().isEmpty()) {
        sb.append("<b>")
            .append(Html.esc(number(p.newParagraph())))
            .append("</b> ")
            .append(text(p.segments(), false, true));
      }
      if (p.status() != Status.UNCHANGED) {
        sb.append("<span class=\"tag t-")
            .append(p.status().id())
            .append("\">")
            .append(p.status().id())
            .append("</span>");
      }
      footnoteTag(sb, p);
      sb.append("</td></tr>\n");
    }
    return sb.append("</tbody></table>\n").toString();
  }

  /**
   * The inline redline of a merge: the segments of each older paragraph in turn, a struck pilcrow
   * with the older number where the next one was joined on (its paragraph break and number are gone
   * from the newer text).
   */
  private static String merged(AlignedPair p) {
    StringBuilder sb = new StringBuilder();
    for (int part = 0; part < p.older().size(); part++) {
      String text = text(p.segments(part), true, true);
      if (part > 0) {
        Paragraph o = p.older().get(part);
        if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
          sb.append(' ');
        }
        sb.append("<del class=\"join\" title=\"")
            .append(Html.esc("paragraph " + number(o) + " joined here"))
            .append("\">¶")
            .append(o.label() == null ? "" : " " + Html.esc(o.label()))
            .append("</del>");
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(0))) {
          sb.append(' ');
        }
      }
      sb.append(text);
    }
    return sb.toString();
  }

  /** The paragraphs of one side with their numbers, each with its own part of the segments. */
  private static void parts(
      StringBuilder sb,
      List<Paragraph> paragraphs,
      AlignedPair p,
      boolean withDeleted,
      boolean withInserted) {
    for (int part = 0; part < paragraphs.size(); part++) {
      sb.append("<div class=\"part\"><b>")
          .append(Html.esc(number(paragraphs.get(part))))
          .append("</b> ")
          .append(text(p.segments(part), withDeleted, withInserted))
          .append("</div>");
    }
  }

  /** Segments as HTML, with deleted and/or inserted stretches. */
  public static String text(List<Segment> segments, boolean withDeleted, boolean withInserted) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.isFootnote()) {
        if (s.op() == DiffOp.EQUAL
            || s.op() == DiffOp.DELETE && withDeleted
            || s.op() == DiffOp.INSERT && withInserted) {
          // a marker that stays or is new links to its note in the notes list
          String label = Html.esc(s.text().strip());
          String sup =
              s.op() == DiffOp.DELETE
                  ? "<sup class=\"fn\">" + label + "</sup>"
                  : "<sup class=\"fn\"><a href=\"#fn-" + label + "\">" + label + "</a></sup>";
          sb.append(
              s.op() == DiffOp.EQUAL
                  ? sup
                  : s.op() == DiffOp.DELETE ? "<del>" + sup + "</del>" : "<ins>" + sup + "</ins>");
        }
      } else if (s.op() == DiffOp.EQUAL) {
        sb.append(Html.esc(s.text()));
      } else if (s.op() == DiffOp.DELETE && withDeleted) {
        wrap(sb, "del", s.text());
      } else if (s.op() == DiffOp.INSERT && withInserted) {
        wrap(sb, "ins", s.text());
      }
    }
    return sb.toString();
  }

  /** Whitespace stays outside the change mark so that it does not show as changed. */
  private static void wrap(StringBuilder sb, String tag, String text) {
    String core = text.strip();
    if (core.isEmpty()) {
      sb.append(Html.esc(text));
      return;
    }
    int lead = text.indexOf(core);
    sb.append(Html.esc(text.substring(0, lead)))
        .append('<')
        .append(tag)
        .append('>')
        .append(Html.esc(core))
        .append("</")
        .append(tag)
        .append('>')
        .append(Html.esc(text.substring(lead + core.length())));
  }

  /** The printed number of a paragraph, or "¶n" for an unnumbered one. */
  public static String number(Paragraph p) {
    if (p == null) {
      return "—";
    }
    return p.number() != null ? p.number().label() : "¶" + (p.index() + 1);
  }
}
