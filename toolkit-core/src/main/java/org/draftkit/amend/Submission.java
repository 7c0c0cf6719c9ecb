package org.draftkit.amend;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.Stakeholder;

/**
 * A stakeholder's input: an imported document and who sent it.
 *
 * @param document the imported submission
 * @param stakeholder its proponent
 * @since 0.1
 */
public record Submission(Document document, Stakeholder stakeholder) {

  private static final Pattern ACRONYM_IN_TITLE =
      Pattern.compile("\\(([A-Z][A-Za-z0-9&+-]{1,15})\\)");
  private static final Pattern SUBMITTED_BY =
      Pattern.compile(
          "(?i)\\b(?:submitted|presented|sent|prepared)\\s+by\\s+(?:the\\s+)?([A-Z][\\w&.'’ -]{1,80}?)(?=[.,;:\\n]|$)");

  public Submission {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(stakeholder, "stakeholder");
  }

  /**
   * A submission whose proponent is {@code name} if given, else read from the document: an acronym
   * in the title ("… (IMSB) Reflections …" → IMSB), the author, "submitted by …" in the first
   * paragraphs, else the file name without its extension.
   */
  public static Submission of(Document document, String name) {
    return new Submission(
        document, new Stakeholder(name != null && !name.isBlank() ? name : proponentOf(document)));
  }

  /** The proponent a document names for itself (see {@link #of}). */
  public static String proponentOf(Document document) {
    Metadata m = document.metadata();
    if (m.title() != null) {
      Matcher a = ACRONYM_IN_TITLE.matcher(m.title());
      if (a.find()) {
        return a.group(1);
      }
    }
    if (m.author() != null && !m.author().isBlank()) {
      return m.author().strip();
    }
    int seen = 0;
    for (var p : document.paragraphs()) {
      Matcher s = SUBMITTED_BY.matcher(p.text());
      if (s.find()) {
        return s.group(1).strip();
      }
      if (++seen >= 10) {
        break;
      }
    }
    String source = m.source() == null ? "submission" : m.source();
    int dot = source.lastIndexOf('.');
    String stem = dot > 0 ? source.substring(0, dot) : source;
    return stem.isBlank() ? "submission" : stem;
  }
}
