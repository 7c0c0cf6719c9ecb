package org.draftkit.amend;

import java.util.List;
import org.draftkit.model.Amendment;
import org.draftkit.model.Diagnostic;

/**
 * What a submission proposes.
 *
 * @param amendments the proposals in the order the submission makes them
 * @param optionGroups the groups of alternatives among them
 * @param diagnostics oddities met while reading (an unreadable instruction, an ambiguous mark)
 * @since 0.1
 */
public record Proposals(
    List<Amendment> amendments, List<OptionGroup> optionGroups, List<Diagnostic> diagnostics) {
  public Proposals {
    amendments = List.copyOf(amendments);
    optionGroups = List.copyOf(optionGroups);
    diagnostics = List.copyOf(diagnostics);
  }
}
