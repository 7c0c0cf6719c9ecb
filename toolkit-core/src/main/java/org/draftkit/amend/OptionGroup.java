package org.draftkit.amend;

import java.util.List;

/**
 * Alternatives a submission offers ("Option A – an additional paragraph / Option B – edit").
 *
 * @param id the group's id, unique within its submission ("IMSB-1")
 * @param options the option names in order ("Option A", "Option B")
 * @param cumulative true when the submission says they may all apply ("either or both could be
 *     included"); false for exclusive alternatives (UNFCCC "Option 1 / Option 2")
 * @param statement the words that said so, or null
 * @since 0.1
 */
public record OptionGroup(String id, List<String> options, boolean cumulative, String statement) {
  public OptionGroup {
    options = List.copyOf(options);
  }
}
