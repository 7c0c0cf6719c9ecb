package org.draftkit.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;

/**
 * The redline of two revisions: every paragraph of both, aligned.
 *
 * <p>{@link #pairs()} follow the newer revision's reading order; a deleted paragraph (or the older
 * side of a merge) sits where it stood, right after the pair of the older paragraph before it. A
 * moved paragraph sits at its new place; {@link #moveOrigins()} tells where it came from.
 *
 * @param older the older revision
 * @param newer the newer revision
 * @param pairs every paragraph of both revisions, each in exactly one pair
 * @param summary the counts
 * @since 0.1
 */
public record Comparison(Document older, Document newer, List<AlignedPair> pairs, Summary summary) {

  public Comparison {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(summary, "summary");
  }

  public Metadata oldMetadata() {
    return older.metadata();
  }

  public Metadata newMetadata() {
    return newer.metadata();
  }

  /**
   * Where moved paragraphs came from: for the position (in {@link #pairs()}) of each {@link
   * AlignedPair.Status#MOVED} pair, the position of the pair before which its older paragraph
   * stood, that is the pair of the next older paragraph that was not moved ({@code pairs().size()}
   * when it was last). Renderers put a "moved from here" mark there.
   */
  public Map<Integer, Integer> moveOrigins() {
    Map<Integer, Integer> pairOfOld = new HashMap<>();
    for (int p = 0; p < pairs.size(); p++) {
      for (var para : pairs.get(p).older()) {
        pairOfOld.put(para.index(), p);
      }
    }
    Map<Integer, Integer> out = new TreeMap<>();
    int oldCount = older.paragraphs().size();
    for (int p = 0; p < pairs.size(); p++) {
      AlignedPair pair = pairs.get(p);
      if (pair.status() != AlignedPair.Status.MOVED) {
        continue;
      }
      int anchor = pairs.size();
      for (int i = pair.oldParagraph().index() + 1; i < oldCount; i++) {
        int q = pairOfOld.get(i);
        if (pairs.get(q).status() != AlignedPair.Status.MOVED) {
          anchor = q;
          break;
        }
      }
      out.put(p, anchor);
    }
    return out;
  }
}
