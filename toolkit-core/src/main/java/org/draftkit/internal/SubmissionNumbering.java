package org.draftkit.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Amendment;
import org.draftkit.model.Document;

/**
 * The numbering a submission uses, inferred from its quotes, mapped onto the base's: a stakeholder
 * who quotes their paragraph 84 as what the base calls 85 numbers one ahead of the base around
 * there, so their prose "para 83" is the base's 84. Between two quotes that agree, a reference is
 * mapped with certainty; where the offset changes between the quotes around it, or no quote stands
 * on one side of it, the mapping is uncertain and says so (and, given the words around the
 * reference, picks the candidate paragraph that shares most of them). A submission that quotes no
 * numbered paragraph is taken to use the base's numbers. Immutable.
 *
 * @since 0.3
 */
public final class SubmissionNumbering {

  private static final Pattern LABEL = Pattern.compile("(\\d{1,4})((?:\\s+\\p{L}+)?)(\\(.+\\))?");

  private final Document base;
  private final String proponent;

  /** Quoted number → base number, for the quotes whose numbers are plain arabic ones in both. */
  private final TreeMap<Integer, Integer> anchors;

  private final Set<String> baseLabels = new HashSet<>();

  /**
   * When the submission's quotes agree with a revision given by name: that revision's labels → the
   * base's.
   */
  private final Map<String, String> revisionMap;

  private final String revisionName;

  /**
   * How one label of the submission maps onto the base.
   *
   * @param label the base label it is taken to name
   * @param certain false when the numbering around it could not be told from the quotes
   * @param note why, when not certain or not the same number ("numbered as IMSB quotes: 84 is the
   *     base's 85"), or null
   */
  public record Mapping(String label, boolean certain, String note) {}

  private SubmissionNumbering(Document base, String proponent, TreeMap<Integer, Integer> anchors) {
    this(base, proponent, anchors, null, null);
  }

  private SubmissionNumbering(
      Document base,
      String proponent,
      TreeMap<Integer, Integer> anchors,
      String revisionName,
      Map<String, String> revisionMap) {
    this.base = base;
    this.proponent = proponent;
    this.anchors = anchors;
    this.revisionName = revisionName;
    this.revisionMap = revisionMap;
    if (base != null) {
      base.paragraphs()
          .forEach(
              p -> {
                if (p.number() != null) {
                  baseLabels.add(base.fullLabel(p));
                }
              });
    }
  }

  /** The identity numbering (no base, or nothing to infer from). */
  public static SubmissionNumbering identity() {
    return new SubmissionNumbering(null, null, new TreeMap<>());
  }

  /**
   * The numbering of one proponent's amendments, inferred from those that quote a numbered
   * paragraph and whose quote was found in the base by its text.
   */
  public static SubmissionNumbering infer(
      List<Amendment> amendments, Document base, BaseMatcher matcher) {
    TreeMap<Integer, Integer> anchors = new TreeMap<>();
    String who = null;
    for (Amendment a : amendments) {
      if (a.operation() != Amendment.Operation.AMEND_TEXT
          || a.target() == null
          || !a.target().matches("\\d{1,4}")) {
        continue;
      }
      if (matcher.locate(a.target(), a.quotedBaseText()) instanceof BaseMatcher.Found f
          && f.label().matches("\\d{1,4}")) {
        anchors.putIfAbsent(Integer.parseInt(a.target()), Integer.parseInt(f.label()));
        who = a.proponent().name();
      }
    }
    return new SubmissionNumbering(base, who, anchors);
  }

  /**
   * This numbering, or, when the submission's quotes agree with one of the given revisions (every
   * quoted number is where that revision's paragraph of the same number now stands), that
   * revision's own mapping onto the base, which is certain everywhere.
   *
   * @param revisions revision name → its labels mapped to the base's (from a comparison)
   */
  public SubmissionNumbering through(Map<String, Map<String, String>> revisions) {
    if (anchors.isEmpty()) {
      return this;
    }
    for (Map.Entry<String, Map<String, String>> r : revisions.entrySet()) {
      boolean agrees =
          anchors.entrySet().stream()
              .allMatch(
                  e ->
                      String.valueOf(e.getValue())
                          .equals(r.getValue().get(String.valueOf(e.getKey()))));
      if (agrees) {
        return new SubmissionNumbering(
            base, proponent, anchors, r.getKey(), Map.copyOf(r.getValue()));
      }
    }
    return this;
  }

  /** True when no quote says anything about the numbering. */
  public boolean isIdentity() {
    return anchors.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()));
  }

  /** Maps a label without words to choose by; see {@link #map(String, String)}. */
  public Mapping map(String label) {
    return map(label, null);
  }

  /**
   * The base label a label of the submission names.
   *
   * @param label as the submission writes it ("91", "83 bis", "12(a)")
   * @param context the words around the reference, to choose among candidates when uncertain, or
   *     null
   */
  public Mapping map(String label, String context) {
    if (revisionMap != null && label != null && revisionMap.containsKey(label.strip())) {
      String to = revisionMap.get(label.strip());
      return new Mapping(
          to,
          true,
          to.equals(label.strip())
              ? null
              : proponent
                  + " quotes the "
                  + revisionName
                  + ": its "
                  + label.strip()
                  + " is the base's "
                  + to);
    }
    Matcher m = label == null ? null : LABEL.matcher(label.strip());
    if (m == null || !m.matches() || isIdentity()) {
      return new Mapping(label, true, null);
    }
    int n = Integer.parseInt(m.group(1));
    String tail = (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
    Integer exact = anchors.get(n);
    if (exact != null) {
      return new Mapping(
          exact + tail,
          true,
          exact == n
              ? null
              : "numbered as " + proponent + " quotes it: their " + n + " is the base's " + exact);
    }
    Map.Entry<Integer, Integer> below = anchors.lowerEntry(n);
    Map.Entry<Integer, Integer> above = anchors.higherEntry(n);
    int lo = below == null ? Integer.MAX_VALUE : below.getValue() - below.getKey();
    int hi = above == null ? Integer.MAX_VALUE : above.getValue() - above.getKey();
    if (below != null && above != null && lo == hi) {
      return new Mapping(
          (n + lo) + tail,
          true,
          lo == 0
              ? null
              : "numbered as "
                  + proponent
                  + " quotes: their "
                  + below.getKey()
                  + " and "
                  + above.getKey()
                  + " are the base's "
                  + below.getValue()
                  + " and "
                  + above.getValue());
    }
    List<Integer> offsets = new ArrayList<>();
    if (below != null) {
      offsets.add(lo);
    }
    if (above != null) {
      offsets.add(hi);
    }
    int min = offsets.stream().min(Integer::compare).orElse(0);
    int max = offsets.stream().max(Integer::compare).orElse(0);
    Map.Entry<Integer, Integer> nearest =
        below == null
            ? above
            : above == null ? below : n - below.getKey() <= above.getKey() - n ? below : above;
    int guess = n + nearest.getValue() - nearest.getKey();
    String how = "nearest quote";
    if (context != null && max > min) {
      int best = -1;
      int bestScore = 0;
      boolean tie = false;
      for (int c = n + min; c <= n + max; c++) {
        int score = shared(context, String.valueOf(c));
        if (score > bestScore) {
          best = c;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score > 0) {
          tie = true;
        }
      }
      if (best >= 0 && !tie && bestScore >= 2) {
        guess = best;
        how = "its words";
      }
    }
    String between =
        below != null && above != null
            ? "between "
                + proponent
                + "'s quoted "
                + below.getKey()
                + " (the base's "
                + below.getValue()
                + ") and "
                + above.getKey()
                + " (the base's "
                + above.getValue()
                + ") the numbering shifts"
            : "no quote of "
                + proponent
                + "'s stands "
                + (below == null ? "before" : "after")
                + " it (nearest: their "
                + nearest.getKey()
                + " is the base's "
                + nearest.getValue()
                + ")";
    String candidates = max > min ? " (candidates " + (n + min) + "–" + (n + max) + ")" : "";
    return new Mapping(
        guess + tail,
        false,
        "uncertain: "
            + proponent
            + "'s paragraph "
            + n
            + " placed on "
            + guess
            + " by "
            + how
            + "; "
            + between
            + candidates);
  }

  /** How many distinct longer words of {@code context} the base paragraph {@code label} has. */
  private int shared(String context, String label) {
    if (base == null || !baseLabels.contains(label)) {
      return 0;
    }
    Set<String> own =
        words(
            base.paragraphs().stream()
                .filter(p -> p.number() != null && base.fullLabel(p).equals(label))
                .findFirst()
                .map(p -> p.text())
                .orElse(""));
    int n = 0;
    for (String w : words(context)) {
      if (own.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String t : Tokens.split(text)) {
      if (t.length() >= 5 && Character.isLetter(t.charAt(0))) {
        out.add(Tokens.key(t).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SubmissionNumbering" + anchors;
  }

  /** Used by tests: the inferred anchors, quoted number → base number. */
  Map<Integer, Integer> anchors() {
    return Map.copyOf(anchors);
  }
}
