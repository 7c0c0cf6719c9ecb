package org.draftkit.importer.unpdf.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.ParagraphNumber;

/**
 * Finds the paragraph label at the start of a line or paragraph: {@link LeadingLabel}'s forms,
 * plus UNFCCC's mixed-case preambular and operative labels ("Pp3", "Op12").
 */
final class Labels {

  private static final Pattern MIXED_CASE = Pattern.compile(
      "^((?:Pp|pp|Op|op)\\s?\\d{1,4}(?:\\s*(?:bis|ter|quater))?)[.:]?[\\s\\u00a0]+(?=\\S)");

  private Labels() {}

  static Optional<LeadingLabel> find(String text) {
    Optional<LeadingLabel> l = LeadingLabel.find(text);
    if (l.isPresent()) {
      return l;
    }
    Matcher m = MIXED_CASE.matcher(text);
    if (m.find()) {
      return ParagraphNumber.parse(m.group(1)).map(n -> new LeadingLabel(n, m.end()));
    }
    return Optional.empty();
  }
}
