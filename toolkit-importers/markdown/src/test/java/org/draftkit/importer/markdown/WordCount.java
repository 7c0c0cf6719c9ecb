package org.draftkit.importer.markdown;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Paragraph;

/**
 * A multiset of words (runs of letters, runs of digits: "9bis" is "9" and "bis", as the label "9
 * bis" normalised from it), for "every word of the source is in the document, and nothing else"
 * checks. On the document side each run is counted on its own, so that "~~description~~**working**"
 * is two words there as in the source. The Markdown side strips syntax that holds letters (front
 * matter, link targets, reference definitions, HTML tags, kramdown directives) on its own,
 * independently of the importer.
 */
final class WordCount {
  private static final Pattern WORD = Pattern.compile("\\p{L}+|\\p{N}+");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[([^\\]^]+)\\]:[ \\t]+\\S.*$");
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  static WordCount ofMarkdownSource(String markdown) {
    String s = markdown.replace("\r\n", "\n");
    if (s.startsWith("---\n")) {
      int end = s.indexOf("\n---\n", 3);
      s = s.substring(end + 5);
    }
    Set<String> references = new HashSet<>();
    Matcher defs = REFERENCE_DEFINITION.matcher(s);
    while (defs.find()) {
      references.add(defs.group(1).toLowerCase());
    }
    s = REFERENCE_DEFINITION.matcher(s).replaceAll("");
    s = s.replaceAll("(?m)^[*+-] TOC\\s*\\n\\{:toc\\}", "");
    s = s.replaceAll("\\{:[^}\\n]*\\}", "");
    s = s.replaceAll("<!--.*?-->", "");
    s = s.replaceAll("</?[A-Za-z][^>]*>", "");
    s = s.replaceAll("\\]\\([^)\\s]*\\)", "]");
    StringBuilder sb = new StringBuilder();
    Matcher ref = Pattern.compile("\\]\\[([^\\]]+)\\]").matcher(s);
    while (ref.find()) {
      ref.appendReplacement(
          sb,
          references.contains(ref.group(1).toLowerCase())
              ? "]"
              : Matcher.quoteReplacement(ref.group()));
    }
    ref.appendTail(sb);
    WordCount wc = new WordCount();
    wc.addText(sb.toString());
    return wc;
  }

  /**
   * The words of plain text with hyphens left out, so that a word broken at a line end ("arrange-"
   * + "ments") counts the same whether the importer kept the hyphen or not; compare with {@link
   * #ofDocumentWithoutHyphens}.
   */
  static WordCount ofPlainText(String text) {
    WordCount wc = new WordCount();
    wc.addText(
        withoutHyphens(
            text.replaceAll("(?<=\\p{L})[-\u2011\u00ad][ \\t]*\\r?\\n[ \\t]*(?=\\p{L})", "")));
    return wc;
  }

  static WordCount ofDocumentWithoutHyphens(Document doc) {
    WordCount wc = new WordCount();
    for (Paragraph p : doc.paragraphs()) {
      if (p.number() != null) {
        wc.addText(p.label());
      }
      p.runs().forEach(r -> wc.addText(withoutHyphens(r.text())));
    }
    return wc;
  }

  private static String withoutHyphens(String s) {
    return s.replaceAll("[-\u2011\u00ad]", "");
  }

  static WordCount ofDocument(Document doc) {
    WordCount wc = new WordCount();
    for (Paragraph p : doc.paragraphs()) {
      if (p.number() != null) {
        wc.addText(p.label());
      }
      p.runs().forEach(r -> wc.addText(r.text()));
    }
    for (Footnote f : doc.footnotes()) {
      wc.addText(f.label());
      f.runs().forEach(r -> wc.addText(r.text()));
    }
    return wc;
  }

  private void addText(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
      total++;
    }
  }

  int total() {
    return total;
  }

  /** "-word×n" for words this count has more of, "+word×n" for words {@code other} has more of. */
  String difference(WordCount other) {
    Set<String> words = new TreeSet<>(counts.keySet());
    words.addAll(other.counts.keySet());
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      int d = counts.getOrDefault(w, 0) - other.counts.getOrDefault(w, 0);
      if (d != 0) {
        sb.append(d > 0 ? " -" : " +").append(w).append('×').append(Math.abs(d));
      }
    }
    return sb.toString().strip();
  }
}
