package org.draftkit.importer.docx.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;

/**
 * Document metadata: the document properties (title, creator, dates) and, when the first paragraphs
 * carry a UN masthead, the document symbol, distribution, date, original language, session and
 * agenda item (read with {@link org.draftkit.layout.FrontMatter}). The masthead wins over the
 * properties; the paragraphs themselves stay in the body.
 */
final class FrontMatter {

  private static final int LOOK_AT = 15;

  private FrontMatter() {}

  static Metadata metadata(List<Paragraph> paragraphs, CoreProperties core, String source) {
    Metadata.Builder base = Metadata.builder().source(source);
    LocalDate propertiesDate = null;
    if (core != null) {
      base.title(core.title());
      base.author(core.creator());
      propertiesDate = core.modified() != null ? core.modified() : core.created();
      String lang = core.language();
      if (lang != null && lang.length() >= 2) {
        base.language(lang.substring(0, 2).toLowerCase(Locale.ROOT));
      }
    }
    org.draftkit.layout.FrontMatter masthead = new org.draftkit.layout.FrontMatter(base.build());
    String firstHeading = null;
    int n = Math.min(LOOK_AT, paragraphs.size());
    for (int i = 0; i < n; i++) {
      Paragraph p = paragraphs.get(i);
      if (p.kind() == ParagraphKind.OPERATIVE || p.kind() == ParagraphKind.PREAMBULAR) {
        break;
      }
      String text = p.text().strip();
      if (p.kind() == ParagraphKind.HEADING && firstHeading == null && p.number() == null) {
        firstHeading = text;
      }
      // a masthead cell or text box may hold several lines
      for (String line : text.split("\\n|\\s{3,}")) {
        masthead.accept(line);
      }
    }
    Metadata.Builder m = masthead.metadata().toBuilder();
    Metadata read = m.build();
    if (read.date() == null) {
      m.date(propertiesDate);
    }
    if ((read.title() == null || read.title().isBlank()) && firstHeading != null) {
      m.title(firstHeading);
    }
    return m.build();
  }
}
