package org.draftkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftkit.compare.AlignedPair;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.compare.Segment;
import org.draftkit.compare.Summary;
import org.draftkit.compare.WordEdit;
import org.draftkit.json.internal.ComparisonShape.ComparisonJson;
import org.draftkit.json.internal.ComparisonShape.EditJson;
import org.draftkit.json.internal.ComparisonShape.FootnoteJson;
import org.draftkit.json.internal.ComparisonShape.HistoryJson;
import org.draftkit.json.internal.ComparisonShape.LineageJson;
import org.draftkit.json.internal.ComparisonShape.PairJson;
import org.draftkit.json.internal.ComparisonShape.RefJson;
import org.draftkit.json.internal.ComparisonShape.RevisionJson;
import org.draftkit.json.internal.ComparisonShape.SegmentJson;
import org.draftkit.json.internal.ComparisonShape.SummaryJson;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;

/** Maps comparison results to their JSON shapes. Stateless. */
public final class ComparisonMapping {

  /**
   * The shape of a comparison.
   *
   * @param segments whether to write each pair's inline redline segments too
   */
  public ComparisonJson toShape(Comparison c, boolean segments) {
    List<PairJson> pairs = new ArrayList<>(c.pairs().size());
    for (AlignedPair p : c.pairs()) {
      pairs.add(pair(p, segments));
    }
    return new ComparisonJson(
        revision(c.older()),
        revision(c.newer()),
        c.summary().noDifferences() ? Summary.NO_DIFFERENCES : null,
        summary(c.summary()),
        pairs);
  }

  /** The shape of a revision history. */
  public HistoryJson toShape(RevisionHistory h, boolean segments) {
    List<RevisionJson> revisions = h.revisions().stream().map(ComparisonMapping::revision).toList();
    List<ComparisonJson> comparisons =
        h.comparisons().stream().map(c -> toShape(c, segments)).toList();
    List<LineageJson> lineage = new ArrayList<>(h.lineage().size());
    org.draftkit.compare.LineageText text = new org.draftkit.compare.LineageText(h);
    for (RevisionHistory.LineageRow row : h.lineage()) {
      List<String> steps = new ArrayList<>();
      for (AlignedPair.Status s : row.steps()) {
        steps.add(s == null ? null : s.id());
      }
      List<String> labels = new ArrayList<>();
      List<String> brackets = new ArrayList<>();
      boolean negotiated = text.negotiated(row);
      for (int k = 0; k < h.revisions().size(); k++) {
        labels.add(text.label(row, k));
        if (negotiated) {
          brackets.add(text.bracketCell(row, k));
        }
      }
      lineage.add(
          new LineageJson(
              text.describe(row),
              labels,
              row.numbers(),
              row.indexes(),
              steps,
              row.first(),
              row.lastChange(),
              text.history(row),
              brackets));
    }
    return new HistoryJson(revisions, text.names(), comparisons, lineage);
  }

  private static RevisionJson revision(Document d) {
    Metadata m = d.metadata();
    return new RevisionJson(
        m.symbol(),
        m.title(),
        m.revision(),
        m.date() == null ? null : m.date().toString(),
        m.language(),
        m.source(),
        m.author(),
        d.paragraphs().size());
  }

  private static SummaryJson summary(Summary s) {
    return new SummaryJson(
        s.unchanged(),
        s.modified(),
        s.moved(),
        s.inserted(),
        s.deleted(),
        s.split(),
        s.merged(),
        s.renumbered(),
        s.wordsInserted(),
        s.wordsDeleted());
  }

  private static PairJson pair(AlignedPair p, boolean withSegments) {
    boolean multi = p.older().size() > 1 || p.newer().size() > 1;
    List<FootnoteJson> notes = null;
    if (!p.footnotes().isEmpty()) {
      notes = new ArrayList<>();
      for (AlignedPair.FootnoteChange f : p.footnotes()) {
        notes.add(
            new FootnoteJson(
                f.oldLabel(),
                f.newLabel(),
                edits(f.edits(), false),
                withSegments ? segments(f.segments(), false) : null));
      }
    }
    return new PairJson(
        side(p.older()),
        side(p.newer()),
        p.status().id(),
        p.renumbered(),
        p.similarity(),
        edits(p.edits(), multi),
        notes,
        withSegments ? segments(p.segments(), multi) : null);
  }

  /** The edits; with {@code multi} (a split or merge) each with the part it belongs to. */
  private static List<EditJson> edits(List<WordEdit> edits, boolean multi) {
    List<EditJson> out = new ArrayList<>(edits.size());
    for (WordEdit e : edits) {
      out.add(new EditJson(e.op().id(), e.text(), multi ? e.part() : null));
    }
    return out;
  }

  private static List<SegmentJson> segments(List<Segment> segments, boolean multi) {
    List<SegmentJson> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      out.add(new SegmentJson(s.op().id(), s.text(), multi ? s.part() : null, s.footnote()));
    }
    return out;
  }

  /** Null for none, an object for one paragraph, a list for several. */
  private static Object side(List<Paragraph> paragraphs) {
    if (paragraphs.isEmpty()) {
      return null;
    }
    if (paragraphs.size() == 1) {
      return ref(paragraphs.get(0));
    }
    return paragraphs.stream().map(ComparisonMapping::ref).toList();
  }

  private static RefJson ref(Paragraph p) {
    return new RefJson(p.index(), p.label(), p.kind().id());
  }
}
