package org.draftkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;

/**
 * The names readers give the paragraphs of one document: "Article 4, paragraph 2", "PP3", "OP5
 * (a)", "12 (b)", "83 bis", "Annex, rule 3", "Article 3" for an article's unnumbered text, and the
 * opening words of each. Never an internal index. Immutable; built once per document.
 *
 * @since 0.1
 */
public final class ParagraphLabels {

  /**
   * A heading that names a unit people cite: "Article 4", "Section II", "Rule 3", "Chapter 2",
   * "Part III", "Annex".
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?i)^(article|section|rule|chapter|part|annex|appendix|regulation)\\b\\s*([0-9]+(?:\\s*(?:bis|ter|quater))?|[IVXLC]+\\b|[A-Z]\\b)?");

  private static final int OPENING_WORDS = 8;

  /** An alternative: "Option 1:", "Option B", "Alt. 2". */
  private static final Pattern OPTION =
      Pattern.compile("(?i)^\\s*(option\\s+(?:[0-9]+|[A-Z]|[IVX]+)\\b|alt\\b\\.?\\s*\\d*)");

  private final Document doc;
  private final String[] labels;

  /** The labels of every paragraph of {@code doc}. */
  public ParagraphLabels(Document doc) {
    this.doc = doc;
    List<Paragraph> ps = doc.paragraphs();
    labels = new String[ps.size()];
    String annex = null;
    String unit = null;
    int preambular = 0;
    int unnumberedInUnit = 0;
    String lastNumbered = null;
    boolean labelledPreamble =
        ps.stream().anyMatch(p -> p.kind() == ParagraphKind.PREAMBULAR && p.number() != null);
    for (Paragraph p : ps) {
      int i = p.index();
      if (p.kind() == ParagraphKind.HEADING) {
        String text = p.text().strip();
        Matcher m = UNIT.matcher(text);
        if (m.find()) {
          String word = cap(m.group(1));
          String name = m.group(2) == null ? word : word + " " + m.group(2).replaceAll("\\s+", " ");
          if (word.equals("Annex") || word.equals("Appendix")) {
            annex = name;
            unit = null;
          } else {
            unit = annex == null ? name : annex + ", " + name.toLowerCase(Locale.ROOT);
          }
          unnumberedInUnit = 0;
          labels[i] = unit == null ? annex : unit;
        } else if (p.number() != null) {
          labels[i] = p.number().label(); // a numbered section heading: "I", "A"
        } else {
          labels[i] = "heading “" + opening(p, 6) + "”";
        }
        lastNumbered = null;
        continue;
      }
      String own = own(p);
      if (own != null) {
        String scope = unit != null ? unit : annex;
        labels[i] =
            p.parent() != null
                ? labels[p.parent()] + " " + own
                : scope == null ? own : scope + ", " + (isBare(own) ? "paragraph " + own : own);
        if (p.parent() == null) {
          lastNumbered = labels[i];
        }
        continue;
      }
      if (p.kind() == ParagraphKind.PREAMBULAR && !labelledPreamble && p.parent() == null) {
        labels[i] = "PP" + (++preambular);
        continue;
      }
      Matcher option = OPTION.matcher(p.text());
      if (option.find()) {
        String scope = p.parent() != null ? labels[p.parent()] : unit != null ? unit : annex;
        String name = option.group(1).replaceAll("\\s+", " ").replaceAll("[.:]$", "");
        labels[i] = scope == null ? name : scope + ", " + name;
        continue;
      }
      if (p.parent() != null) {
        labels[i] =
            labels[p.parent()]
                + ", text "
                + (1
                    + (int)
                        ps.subList(p.parent() + 1, i).stream()
                            .filter(
                                q ->
                                    q.parent() != null
                                        && q.parent().equals(p.parent())
                                        && q.number() == null)
                            .count());
        continue;
      }
      String scope = unit != null ? unit : annex;
      unnumberedInUnit++;
      if (scope != null) {
        labels[i] = unnumberedInUnit == 1 ? scope : scope + ", text " + unnumberedInUnit;
      } else {
        labels[i] = lastNumbered == null ? "opening text" : "text after " + lastNumbered;
      }
    }
  }

  private static boolean isBare(String own) {
    return Character.isDigit(own.charAt(0));
  }

  private static String cap(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** A numbered paragraph's own label: "12", "83 bis", "PP3", "(a)". */
  private static String own(Paragraph p) {
    if (p.number() == null) {
      return null;
    }
    String l = p.number().label();
    if (p.parent() != null && !l.startsWith("(")) {
      return "(" + l + ")";
    }
    return l;
  }

  /** The label a reader gives the paragraph at {@code index}. */
  public String label(int index) {
    return labels[index];
  }

  /**
   * The label and the opening words: "Article 4, paragraph 2 “Each Party shall prepare…”"; a
   * heading is its own words ("Article 3 (mitigation)").
   */
  public String describe(int index) {
    Paragraph p = doc.paragraphs().get(index);
    if (p.kind() == ParagraphKind.HEADING) {
      return opening(p, OPENING_WORDS + 4);
    }
    String opening = opening(p, OPENING_WORDS);
    return opening.isEmpty() ? labels[index] : labels[index] + " “" + opening + "”";
  }

  /** The first {@code words} words of a paragraph, with "…" when it goes on. */
  public static String opening(Paragraph p, int words) {
    return opening(p.text(), words);
  }

  /** The first {@code words} words of a text, with "…" when it goes on. */
  public static String opening(String text, int words) {
    List<String> out = new ArrayList<>();
    int count = 0;
    boolean more = false;
    for (String t : Tokens.split(text.strip())) {
      if (Tokens.isSpace(t)) {
        if (!out.isEmpty()) {
          out.add(" ");
        }
        continue;
      }
      if (Character.isLetterOrDigit(t.charAt(0))) {
        if (count == words) {
          more = true;
          break;
        }
        count++;
      }
      out.add(t);
    }
    String s = String.join("", out).strip();
    return more ? s + "…" : s;
  }
}
