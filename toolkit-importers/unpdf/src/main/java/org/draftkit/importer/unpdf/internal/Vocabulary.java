package org.draftkit.importer.unpdf.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The document's own words, which decide line-end hyphens; collected on the first question, since
 * most documents never ask. Not thread-safe; one per document.
 */
final class Vocabulary implements Predicate<String> {
  private final List<List<Line>> lines;
  private Set<String> words;

  Vocabulary(List<List<Line>> lines) {
    this.lines = lines;
  }

  @Override
  public boolean test(String word) {
    if (words == null) {
      words = collect(lines);
    }
    return words.contains(word);
  }

  private static Set<String> collect(List<List<Line>> linesByPage) {
    Set<String> words = new HashSet<>();
    for (List<Line> lines : linesByPage) {
      for (Line l : lines) {
        String t = l.text();
        // the last word of a line may be broken: only whole words count
        int end = t.length();
        if (end > 0 && (t.charAt(end - 1) == '-' || t.charAt(end - 1) == '\u2011')) {
          int sp = t.lastIndexOf(' ');
          end = sp < 0 ? 0 : sp;
        }
        addWords(t, end, words);
      }
    }
    return words;
  }

  /**
   * Adds the words of {@code t} before {@code end}, lower-cased, with non-breaking hyphens as
   * hyphens. A word is a letter, then letters and hyphens (also U+2011), ending in a letter;
   * scanned by hand rather than with a regular expression because this runs over every line of a
   * document.
   */
  static void addWords(String t, int end, Set<String> words) {
    int i = 0;
    while (i < end) {
      int c = t.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int j = i + Character.charCount(c);
      int last = -1; // index after the last letter of the run
      while (j < end) {
        int d = t.codePointAt(j);
        if (Character.isLetter(d)) {
          j += Character.charCount(d);
          last = j;
        } else if (d == '-' || d == '\u2011') {
          j++;
        } else {
          break;
        }
      }
      if (last > 0) {
        words.add(t.substring(i, last).replace('\u2011', '-').toLowerCase(Locale.ROOT));
      }
      i = j;
    }
  }
}
