package org.draftkit.exporter.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.AlignedPair.Status;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.DiffOp;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.compare.Segment;
import org.draftkit.compare.Summary;
import org.draftkit.exporter.internal.Layout;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/**
 * Renders comparisons as Markdown in the convention of negotiation submissions: deleted text {@code
 * ~~x~~}, inserted text {@code **x**}; each paragraph on its own line, led by its number in bold
 * ("5 → 4" when it was renumbered); moved, inserted, deleted, split and merged paragraphs labelled
 * in italics; a "moved from here" line where a moved paragraph used to stand; each part of a split
 * on its own line with its own words, and in a merge a struck {@code ¶ N} where older paragraph N
 * was joined on. Stateless.
 */
public final class RedlineMarkdown {
  private RedlineMarkdown() {}

  /** A whole comparison with its title and summary; {@code level} is the title's heading level. */
  public static String comparison(Comparison c, int level) {
    StringBuilder sb = new StringBuilder();
    sb.append("#".repeat(level))
        .append(' ')
        .append(
            MarkdownInline.escape(
                "Redline: " + name(c.oldMetadata()) + " → " + name(c.newMetadata()), true))
        .append("\n\n");
    sb.append("*~~Deleted~~ and **inserted** words; paragraph numbers old → new.*\n\n");
    summary(sb, c.summary());
    body(sb, c, level + 1);
    return sb.toString();
  }

  /** N revisions: the lineage table, the brackets and options, then each consecutive comparison. */
  public static String history(RevisionHistory h) {
    org.draftkit.compare.LineageText text = new org.draftkit.compare.LineageText(h);
    List<String> names = text.names();
    StringBuilder sb = new StringBuilder();
    sb.append("# ")
        .append(MarkdownInline.escape("Revisions: " + String.join(" → ", names), true))
        .append("\n\n");
    sb.append("## Lineage\n\n");
    sb.append(
        "*Each paragraph as it was last numbered, with its opening words; its label in every revision (— where "
            + "it does not exist) and what happened to it there.*\n\n");
    sb.append("| Paragraph |");
    for (String n : names) {
      sb.append(' ').append(cell(n)).append(" |");
    }
    sb.append(" History |\n|");
    sb.append("---|".repeat(names.size() + 2)).append('\n');
    for (RevisionHistory.LineageRow row : h.lineage()) {
      sb.append("| ").append(cell(text.describe(row))).append(" |");
      for (int k = 0; k < names.size(); k++) {
        sb.append(' ').append(cell(text.cell(row, k))).append(" |");
      }
      sb.append(' ').append(cell(text.history(row))).append(" |\n");
    }
    List<RevisionHistory.LineageRow> open = h.lineage().stream().filter(text::negotiated).toList();
    if (!open.isEmpty()) {
      sb.append("\n## Brackets and options\n\n| Paragraph |");
      for (String n : names) {
        sb.append(' ').append(cell(n)).append(" |");
      }
      sb.append("\n|").append("---|".repeat(names.size() + 1)).append('\n');
      for (RevisionHistory.LineageRow row : open) {
        sb.append("| ").append(cell(text.describe(row))).append(" |");
        for (int k = 0; k < names.size(); k++) {
          sb.append(' ').append(cell(text.bracketCell(row, k))).append(" |");
        }
        sb.append('\n');
      }
    }
    for (Comparison c : h.comparisons()) {
      sb.append('\n').append(comparison(c, 2));
    }
    return sb.toString();
  }

  /**
   * "A/80/L.1 (Zero draft)", or whichever of symbol and revision is known, else the display name.
   */
  private static String name(Metadata m) {
    boolean symbol = m.symbol() != null && !m.symbol().isBlank();
    boolean revision = m.revision() != null && !m.revision().isBlank();
    if (symbol && revision) {
      return m.symbol() + " (" + m.revision() + ")";
    }
    return m.displayName();
  }

  private static String cell(String s) {
    return MarkdownInline.escape(s, false).replace("|", "\\|");
  }

  private static void summary(StringBuilder sb, Summary s) {
    sb.append("| Paragraphs | |\n|---|--:|\n");
    row(sb, "unchanged", s.unchanged());
    row(sb, "modified", s.modified());
    row(sb, "moved", s.moved());
    row(sb, "inserted", s.inserted());
    row(sb, "deleted", s.deleted());
    row(sb, "split", s.split());
    row(sb, "merged", s.merged());
    row(sb, "renumbered", s.renumbered());
    sb.append("| words inserted / deleted | ")
        .append(s.wordsInserted())
        .append(" / ")
        .append(s.wordsDeleted())
        .append(" |\n\n");
    if (s.noDifferences()) {
      sb.append("**").append(Summary.NO_DIFFERENCES).append("**\n\n");
    }
  }

  private static void row(StringBuilder sb, String name, int n) {
    sb.append("| ").append(name).append(" | ").append(n).append(" |\n");
  }

  private static void body(StringBuilder sb, Comparison c, int headingLevel) {
    Map<Integer, Integer> origins = c.moveOrigins();
    List<List<Integer>> movedBefore = new ArrayList<>();
    for (int p = 0; p <= c.pairs().size(); p++) {
      movedBefore.add(new ArrayList<>());
    }
    origins.forEach((moved, anchor) -> movedBefore.get(anchor).add(moved));
    for (int p = 0; p <= c.pairs().size(); p++) {
      for (int moved : movedBefore.get(p)) {
        AlignedPair m = c.pairs().get(moved);
        String where = moved > p ? " below" : " above";
        String what =
            m.newParagraph().label() != null
                ? describe(m.oldParagraph()) + " moved to " + describe(m.newParagraph()) + where
                : describe(m.oldParagraph()) + " moved" + where;
        sb.append("*(").append(MarkdownInline.escape(what, false)).append(")*\n\n");
      }
      if (p < c.pairs().size()) {
        AlignedPair pair = c.pairs().get(p);
        Integer anchor = origins.get(p);
        pair(sb, pair, headingLevel, anchor == null ? null : anchor < p ? "above" : "below");
      }
    }
  }

  /** "paragraph 12", or for an unnumbered one its first words: "“Recalling its resolution…”". */
  private static String describe(Paragraph p) {
    if (p.label() != null) {
      return "paragraph " + p.label();
    }
    String text = p.text().strip().replaceAll("\\s+", " ");
    String[] words = text.split(" ");
    String start =
        String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(6, words.length)));
    return "“" + start + (words.length > 6 ? "…" : "") + "”";
  }

  private static void pair(StringBuilder sb, AlignedPair p, int headingLevel, String movedFrom) {
    paragraphLines(sb, p, headingLevel, movedFrom);
    for (AlignedPair.FootnoteChange f : p.footnotes()) {
      String what =
          f.oldLabel() == null
              ? "Footnote " + f.newLabel() + " (new)"
              : f.newLabel() == null
                  ? "Footnote " + f.oldLabel() + " (deleted)"
                  : "Footnote " + arrow(f.oldLabel(), f.newLabel());
      sb.append("> *")
          .append(MarkdownInline.escape(what, false))
          .append(":* ")
          .append(text(f.segments()))
          .append("\n\n");
    }
  }

  private static void paragraphLines(
      StringBuilder sb, AlignedPair p, int headingLevel, String movedFrom) {
    Status s = p.status();
    if (s == Status.SPLIT) {
      for (int part = 0; part < p.newer().size(); part++) {
        String label =
            part == 0
                ? arrow(labels(p.older()), labels(List.of(p.newer().get(part))))
                : labels(List.of(p.newer().get(part)));
        String tag =
            part == 0
                ? "split into "
                    + (labels(p.newer()).isEmpty()
                            || p.newer().stream().anyMatch(x -> x.label() == null)
                        ? p.newer().size() + " paragraphs"
                        : labels(p.newer()))
                : null;
        line(
            sb, p.newer().get(part).isHeading(), headingLevel, label, false, tag, p.segments(part));
      }
      return;
    }
    Paragraph shown = s == Status.DELETED ? p.oldParagraph() : p.newParagraph();
    String oldLabels = labels(p.older());
    String newLabels = labels(p.newer());
    String label;
    if (shown.isHeading() && Objects.equals(oldLabels, newLabels) && !newLabels.isEmpty()) {
      label = Layout.printedLabel(shown);
    } else if (s == Status.INSERTED) {
      label = newLabels;
    } else if (s == Status.DELETED) {
      label = oldLabels;
    } else {
      label = arrow(oldLabels, newLabels);
    }
    String tag =
        switch (s) {
          case INSERTED -> "inserted";
          case DELETED -> "deleted";
          case MOVED ->
              "moved from "
                  + (p.oldParagraph().label() != null ? p.oldParagraph().label() + " " : "")
                  + movedFrom;
          case MERGED -> "merged";
          default -> null;
        };
    if (s == Status.MERGED && !shown.isHeading()) {
      line(sb, false, headingLevel, label, false, tag, merged(p));
      return;
    }
    line(sb, shown.isHeading(), headingLevel, label, s == Status.DELETED, tag, p.segments());
  }

  /**
   * The body text of a merge: the segments of each older paragraph in turn, with a struck pilcrow
   * and the older number ({@code ~~¶ 15~~}) where the next one was joined on.
   */
  private static String merged(AlignedPair p) {
    List<Run> runs = new ArrayList<>();
    for (int part = 0; part < p.older().size(); part++) {
      List<Run> own = runs(p.segments(part));
      if (part > 0) {
        if (!runs.isEmpty() && !endsWithSpace(runs.get(runs.size() - 1))) {
          runs.add(Run.plain(" "));
        }
        String label = p.older().get(part).label();
        runs.add(Run.of(label == null ? "¶" : "¶ " + label, Mark.DELETE));
        if (!own.isEmpty() && !Character.isWhitespace(own.get(0).text().charAt(0))) {
          runs.add(Run.plain(" "));
        }
      }
      runs.addAll(own);
    }
    return MarkdownInline.render(runs, Map.of(), false);
  }

  private static boolean endsWithSpace(Run r) {
    return Character.isWhitespace(r.text().charAt(r.text().length() - 1));
  }

  /** "5 → 4", or just "4" when the label did not change. */
  private static String arrow(String older, String newer) {
    if (Objects.equals(older, newer) || older.isEmpty()) {
      return newer;
    }
    return newer.isEmpty() ? older + " → (unnumbered)" : older + " → " + newer;
  }

  /** The labels of paragraphs joined ("14, 15"); empty when none has one. */
  private static String labels(List<Paragraph> ps) {
    return ps.stream()
        .map(Paragraph::label)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(", "));
  }

  private static void line(
      StringBuilder sb,
      boolean heading,
      int headingLevel,
      String label,
      boolean struck,
      String tag,
      List<Segment> segments) {
    line(
        sb,
        heading,
        headingLevel,
        label,
        struck,
        tag,
        heading ? headingText(segments) : text(segments));
  }

  private static void line(
      StringBuilder sb,
      boolean heading,
      int headingLevel,
      String label,
      boolean struck,
      String tag,
      String body) {
    if (heading) {
      sb.append("#".repeat(Math.min(6, headingLevel))).append(' ');
    }
    if (label != null && !label.isEmpty()) {
      String l = MarkdownInline.escape(label, heading);
      sb.append(struck ? "~~" + l + "~~" : heading ? l : "**" + l + "**").append(' ');
    }
    if (tag != null) {
      sb.append("*(").append(MarkdownInline.escape(tag, heading)).append(")* ");
    }
    sb.append(body).append("\n\n");
  }

  /**
   * Body text: the convention of submissions, ~~deleted~~ **inserted**, a space between the two.
   */
  private static String text(List<Segment> segments) {
    return MarkdownInline.render(runs(segments), Map.of(), false);
  }

  private static List<Run> runs(List<Segment> segments) {
    List<Run> runs = new ArrayList<>(segments.size() + 4);
    Segment previous = null;
    for (Segment seg : segments) {
      if (previous != null
          && previous.op() == DiffOp.DELETE
          && seg.op() == DiffOp.INSERT
          && !Character.isWhitespace(previous.text().charAt(previous.text().length() - 1))
          && !Character.isWhitespace(seg.text().charAt(0))) {
        runs.add(Run.plain(" "));
      }
      runs.add(
          switch (seg.op()) {
            case EQUAL -> Run.plain(seg.text());
            case DELETE -> Run.of(seg.text(), Mark.DELETE);
            case INSERT -> Run.of(seg.text(), Mark.INSERT);
          });
      previous = seg;
    }
    return runs;
  }

  /**
   * Heading text: bold would not show inside a heading, so insertions are {@code <ins>x</ins>} and
   * deletions {@code ~~x~~}, white space kept outside the marks.
   */
  private static String headingText(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < segments.size(); k++) {
      Segment seg = segments.get(k);
      String t = seg.text().replaceAll("\\s+", " ");
      String core = t.strip();
      if (seg.op() == DiffOp.EQUAL || core.isEmpty()) {
        sb.append(seg.op() == DiffOp.EQUAL ? MarkdownInline.escape(t, true) : t);
        continue;
      }
      int lead = t.indexOf(core);
      String e = MarkdownInline.escape(core, true);
      sb.append(t, 0, lead)
          .append(seg.op() == DiffOp.DELETE ? "~~" + e + "~~" : "<ins>" + e + "</ins>");
      String trail = t.substring(lead + core.length());
      boolean insertFollows =
          k + 1 < segments.size()
              && segments.get(k + 1).op() == DiffOp.INSERT
              && !Character.isWhitespace(segments.get(k + 1).text().charAt(0));
      sb.append(trail.isEmpty() && seg.op() == DiffOp.DELETE && insertFollows ? " " : trail);
    }
    return sb.toString().strip();
  }
}
