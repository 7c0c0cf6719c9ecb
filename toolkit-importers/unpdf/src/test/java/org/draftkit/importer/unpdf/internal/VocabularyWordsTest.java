package org.draftkit.importer.unpdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word scanner of the hyphenation vocabulary finds what its regular expression
 * does.
 */
class VocabularyWordsTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-\\u2011]*[\\p{L}]");

  private static Set<String> byRegex(String t, int end) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(t.substring(0, end));
    while (m.find()) {
      words.add(m.group().replace('\u2011', '-').toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static Set<String> byScanner(String t, int end) {
    Set<String> words = new HashSet<>();
    Vocabulary.addWords(t, end, words);
    return words;
  }

  @Test
  void examples() {
    String t = "Co\u2011operation, well-being and a -- b-- x--y: Ünïted ‑ré-élu 12-ab 𝐀𝐁 end-";
    assertEquals(
        Set.of(
            "co-operation",
            "well-being",
            "and",
            "x--y",
            "ünïted",
            "ré-élu",
            "ab",
            "𝐀𝐁".toLowerCase(Locale.ROOT),
            "end"),
        byScanner(t, t.length()));
    assertEquals(byRegex(t, t.length()), byScanner(t, t.length()));
    assertEquals(Set.of("co-operation"), byScanner(t, 14));
  }

  @Test
  void randomTextGivesTheSameWordsBothWays() {
    Random random = new Random(7);
    String alphabet = "ab-\u2011 .,1éЖب\uD835\uDC00";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      while (sb.length() < length) {
        int k = random.nextInt(alphabet.length() - 1);
        sb.append(k == alphabet.length() - 2 ? "\uD835\uDC00" : String.valueOf(alphabet.charAt(k)));
      }
      String t = sb.toString();
      int end = random.nextInt(t.length() + 1);
      if (end > 0 && Character.isLowSurrogate(t.charAt(end - 1))) {
        end--;
      }
      if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
      assertEquals(byRegex(t, end), byScanner(t, end), t + " / " + end);
    }
  }
}
