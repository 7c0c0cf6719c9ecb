package org.draftkit.exporter.docx.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;

/**
 * Footnotes of the model written as Word footnotes: each reference gets its note, numbered by Word
 * when the label is a number and printed as a custom mark otherwise ("*", "a").
 */
final class Notes {

  private final WordDocument word;
  private final Map<Document, Set<String>> referenced = new IdentityHashMap<>();

  Notes(WordDocument word) {
    this.word = word;
  }

  /**
   * Writes a reference to the footnote of {@code source} labelled {@code label}; when it has none,
   * the label is written as superscript text so that nothing is lost.
   */
  void reference(
      WordParagraph wp, Document source, String label, Revision revision, Change change) {
    Optional<Footnote> note = label == null ? Optional.empty() : source.footnote(label);
    if (note.isEmpty()) {
      wp.run(label == null ? "" : label, Set.of(Mark.SUPERSCRIPT), revision, change);
      return;
    }
    referenced.computeIfAbsent(source, d -> new HashSet<>()).add(label);
    String custom = label.matches("\\d{1,4}") ? null : label;
    int id = word.footnote(custom, note.get().runs());
    wp.footnoteReference(id, custom, revision, change);
  }

  /** True when some reference to this footnote of {@code source} was written. */
  boolean isReferenced(Document source, String label) {
    return referenced.getOrDefault(source, Set.of()).contains(label);
  }
}
