package org.draftkit.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.draftkit.ImportException;
import org.draftkit.internal.SubmissionNumbering;
import org.draftkit.model.Amendment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;

/**
 * Public engine behind {@link org.draftkit.Toolkit#consolidate} (embedders, testkit). Applies the
 * proposals of one or many stakeholders to a base text, three-way: each quoted proposal is read
 * against the paragraph it quotes as the base reads it now (stakeholders write against the revision
 * they have; the base is often the next one). Where the base still reads as quoted, the change is
 * applied; where it already reads as proposed, the proposal is reported as adopted; where the later
 * revision rewrote those words, it is reported as a conflict with the three texts and nothing is
 * spliced in. Paragraph numbers written in prose are mapped through the numbering the proponent's
 * quotes show ({@link SubmissionNumbering}). Proposals of different proponents touching the same
 * words are conflicts, left unapplied unless a proponent is preferred. Immutable and thread-safe.
 *
 * <p>The work is done in parts: {@link QuoteAlignment} (a quote against its paragraph, three-way),
 * {@code ConsolidationPlan} (what each proposal does), {@code MovePlan} (moves), {@code
 * ProponentConflicts} (proponents against each other) and {@code ConsolidatedWriter} (the result).
 *
 * @since 0.1
 */
public final class Consolidator {

  private final ProposalReader reader;
  private final String prefer;
  private final Map<String, String> optionChoices;

  /**
   * @param reader how proposals are read from submissions
   * @param prefer the proponent whose proposal wins a conflict between proponents, or null to leave
   *     such conflicts unapplied
   * @param optionChoices for exclusive option groups: group id or option-group index ("1") → option
   *     name ("Option B"); groups not named use their first option
   */
  public Consolidator(ProposalReader reader, String prefer, Map<String, String> optionChoices) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.prefer = prefer;
    this.optionChoices = Map.copyOf(optionChoices);
  }

  /** A builder, starting from the default mark convention, no preference and first options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A consolidator with the default mark convention, no preference and first options. */
  public static Consolidator defaults() {
    return builder().build();
  }

  /** Builds a {@link Consolidator}. */
  public static final class Builder {
    private ProposalReader reader = ProposalReader.defaults();
    private String prefer;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    /** How proposals are read (the mark convention). */
    public Builder reader(ProposalReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /** The proponent whose proposal wins a conflict between proponents. */
    public Builder prefer(String proponent) {
      this.prefer = Objects.requireNonNull(proponent, "proponent");
      return this;
    }

    /**
     * For an exclusive option group (its id, or its index "1"), the option to apply ("Option B").
     */
    public Builder option(String group, String option) {
      options.put(Objects.requireNonNull(group, "group"), Objects.requireNonNull(option, "option"));
      return this;
    }

    public Consolidator build() {
      return new Consolidator(reader, prefer, options);
    }
  }

  /**
   * Applies the proposals of the submissions that could be read; those that could not are listed in
   * the result's diagnostics.
   *
   * @throws ImportException when none could be read
   */
  public Consolidation consolidate(Document base, SubmissionSet read) throws ImportException {
    return consolidate(base, read.requireAny()).withDiagnostics(read.diagnostics());
  }

  /**
   * As {@link #consolidate(Document, SubmissionSet)}, with earlier revisions the submissions may
   * quote, by name: a submission whose quotes agree with one of them numbers as that revision, and
   * its prose references ("delete paragraph 12", "83 bis") are mapped through that revision's
   * comparison with the base rather than inferred.
   *
   * @param revisions revision name → its labels mapped to the base's ({@code
   *     PositionReader.renumbering})
   * @throws ImportException when no submission could be read
   */
  public Consolidation consolidate(
      Document base, SubmissionSet read, Map<String, Map<String, String>> revisions)
      throws ImportException {
    return consolidate(base, read.requireAny(), revisions).withDiagnostics(read.diagnostics());
  }

  /** Applies every proposal of every submission to the base. */
  public Consolidation consolidate(Document base, List<Submission> submissions) {
    return consolidate(base, submissions, Map.of());
  }

  private Consolidation consolidate(
      Document base, List<Submission> submissions, Map<String, Map<String, String>> revisions) {
    Objects.requireNonNull(base, "base");
    Ledger ledger = new Ledger();
    BaseParagraphs paragraphs = new BaseParagraphs(base);
    List<Amendment> amendments = new ArrayList<>();
    Map<String, List<Amendment>> byProponent = new LinkedHashMap<>();
    for (Submission s : submissions) {
      Proposals p = reader.read(s);
      ledger.diagnostics.addAll(p.diagnostics());
      List<Amendment> selected = selectOptions(p, ledger.diagnostics);
      amendments.addAll(selected);
      if (!ProposalReader.isDraftCopy(s.document())) {
        // a copy of the draft carries its own labels; a letter numbers as the revision it quotes
        selected.forEach(
            a -> byProponent.computeIfAbsent(a.proponent().name(), k -> new ArrayList<>()).add(a));
      }
    }
    Map<String, SubmissionNumbering> numberings = new HashMap<>();
    byProponent.forEach(
        (who, own) ->
            numberings.put(
                who, SubmissionNumbering.infer(own, base, paragraphs.matcher).through(revisions)));
    ConsolidationPlan plan = new ConsolidationPlan(paragraphs, numberings, ledger);
    plan.decide(amendments);
    ConsolidatedWriter writer = new ConsolidatedWriter(paragraphs, plan, prefer, ledger);
    Document document = writer.write();
    Ledger.Placement where = writer.placement();
    return new Consolidation(
        document,
        ledger.applied,
        ledger.adopted(where),
        ledger.conflicts(where),
        ledger.unmatched(where),
        ledger.diagnostics);
  }

  /**
   * Keeps every option of a cumulative group and the chosen (or first) option of an exclusive one.
   */
  private List<Amendment> selectOptions(Proposals p, List<Diagnostic> diagnostics) {
    Map<String, String> chosen = new HashMap<>();
    int n = 0;
    for (OptionGroup g : p.optionGroups()) {
      n++;
      if (g.cumulative()) {
        continue;
      }
      String pick = optionChoices.getOrDefault(g.id(), optionChoices.get(Integer.toString(n)));
      if (pick == null || !g.options().contains(pick)) {
        pick = g.options().get(0);
      }
      chosen.put(g.id(), pick);
      diagnostics.add(
          Diagnostic.info(
              "consolidate.option-chosen",
              "options "
                  + String.join(" / ", g.options())
                  + " of "
                  + g.id()
                  + " are alternatives: applied "
                  + pick
                  + (optionChoices.containsKey(g.id())
                      ? " (chosen)"
                      : " (the first; choose another with --option " + g.id() + "=NAME)"),
              null));
    }
    return p.amendments().stream()
        .filter(
            a ->
                a.optionGroup() == null
                    || !chosen.containsKey(a.optionGroup())
                    || chosen.get(a.optionGroup()).equals(a.option()))
        .toList();
  }
}
