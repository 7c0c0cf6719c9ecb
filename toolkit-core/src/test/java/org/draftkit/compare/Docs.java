package org.draftkit.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Small documents written as lines: {@code "# I. Title"} a heading, {@code "3. text"} an operative
 * paragraph, {@code "3 bis. text"}, {@code "(a) text"} a sub-item of the last numbered paragraph,
 * {@code "text"} an unnumbered preambular paragraph.
 */
final class Docs {
  private Docs() {}

  static Document doc(String symbol, String... lines) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().symbol(symbol).build());
    Deque<Integer> parents = new ArrayDeque<>();
    for (String line : lines) {
      if (line.startsWith("# ")) {
        String rest = line.substring(2);
        int dot = rest.indexOf(". ");
        b.add(
            ParagraphNumber.of(rest.substring(0, dot)),
            ParagraphKind.HEADING,
            List.of(Run.plain(rest.substring(dot + 2))),
            null,
            null);
      } else if (line.startsWith("(")) {
        int close = line.indexOf(") ");
        b.add(
            ParagraphNumber.of(line.substring(0, close + 1)),
            ParagraphKind.OPERATIVE,
            List.of(Run.plain(line.substring(close + 2))),
            parents.peek(),
            null);
      } else if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
        int dot = line.indexOf(". ");
        int i =
            b.add(
                ParagraphNumber.of(line.substring(0, dot)),
                ParagraphKind.OPERATIVE,
                List.of(Run.plain(line.substring(dot + 2))),
                null,
                null);
        parents.clear();
        parents.push(i);
      } else {
        b.add(null, ParagraphKind.PREAMBULAR, List.of(Run.plain(line)), null, null);
      }
    }
    return b.build();
  }
}
