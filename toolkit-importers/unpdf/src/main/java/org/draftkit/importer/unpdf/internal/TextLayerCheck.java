package org.draftkit.importer.unpdf.internal;

import java.lang.Character.UnicodeScript;
import java.util.List;

/**
 * Judges whether a page's text layer can be trusted. A text layer lies in a few ways, each with its
 * own evidence, measured on the corpus (see the unpdf tests and bench/README.md):
 *
 * <ul>
 *   <li><b>missing</b>: the page draws no text (a scan) — or fewer than a handful of letters;
 *   <li><b>unmapped</b>: glyphs of composite fonts without a Unicode map are skipped by every
 *       extractor, so a page where they are many is missing words;
 *   <li><b>garbled</b>: the fonts map glyphs to the wrong characters (the Chinese and Russian BBNJ
 *       PDFs): letters jump from script to script inside one word ("ć⧥ູᖧଃ䇺") or sit in blocks no
 *       running text uses (IPA extensions: "ɫɨɝɥɚɫɢɥɢɫɶ" for "согласились"), or are private-use and
 *       replacement characters;
 *   <li><b>letters lost</b>: a font maps only part of its glyphs (the Arabic BBNJ PDF): words fall
 *       apart into lone letters ("ه ا الاتفاق"), which running Arabic text almost never has.
 * </ul>
 *
 * <p>Stateless; one verdict per page.
 */
final class TextLayerCheck {

  /** Fewer letters than this: the page has no text layer worth the name. */
  static final int MIN_LETTERS = 8;

  /** Suspicious letters above this share of all letters: garbled. */
  static final double MAX_SUSPICIOUS = 0.05;

  /** Unmapped glyphs above this share of all glyphs: words are missing. */
  static final double MAX_UNMAPPED = 0.05;

  /** Lone right-to-left letters above this share of right-to-left words: letters are lost. */
  static final double MAX_LONE_ARABIC = 0.12;

  /**
   * Arabic one-letter words that are real words when standing alone (wa, and the digit-like hamza).
   */
  private static final String ARABIC_ONE_LETTER_WORDS = "و";

  private TextLayerCheck() {}

  /** Why a page's text cannot be used, or {@link Verdict#SOUND}. */
  enum Verdict {
    SOUND(null),
    MISSING("no text layer"),
    UNMAPPED("glyphs without a Unicode map"),
    GARBLED("text layer garbled (letters of unrelated scripts or private-use characters)"),
    LETTERS_LOST("text layer loses letters (words fall apart into lone letters)");

    final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }
  }

  /** The figures behind a verdict, for diagnostics and for the corpus measurements. */
  record Evidence(
      int glyphs, int letters, int unmapped, int suspicious, int arabicWords, int loneArabic) {
    double suspiciousShare() {
      return letters == 0 ? 0 : (double) suspicious / letters;
    }

    double unmappedShare() {
      return glyphs + unmapped == 0 ? 0 : (double) unmapped / (glyphs + unmapped);
    }

    double loneArabicShare() {
      return arabicWords == 0 ? 0 : (double) loneArabic / arabicWords;
    }

    Verdict verdict() {
      if (unmappedShare() > MAX_UNMAPPED && unmapped >= MIN_LETTERS) {
        return Verdict.UNMAPPED;
      }
      if (letters < MIN_LETTERS) {
        return Verdict.MISSING;
      }
      if (suspiciousShare() > MAX_SUSPICIOUS) {
        return Verdict.GARBLED;
      }
      if (arabicWords >= 20 && loneArabicShare() > MAX_LONE_ARABIC) {
        return Verdict.LETTERS_LOST;
      }
      return Verdict.SOUND;
    }
  }

  /** The evidence of one page: its glyphs and the lines built from them. */
  static Evidence evidence(PageContent page, List<Line> lines) {
    int letters = 0;
    int suspicious = 0;
    int arabicWords = 0;
    int lone = 0;
    for (Line line : lines) {
      String t = line.text();
      UnicodeScript prev = null;
      int wordLetters = 0;
      boolean wordArabic = false;
      char firstLetter = 0;
      for (int i = 0; i < t.length(); ) {
        int c = t.codePointAt(i);
        i += Character.charCount(c);
        if (badCharacter(c)) {
          suspicious++;
          letters++;
          continue;
        }
        if (!Character.isLetter(c)) {
          if (Character.isWhitespace(c) || !Character.isLetterOrDigit(c) && c != '\u0640') {
            if (wordArabic) {
              arabicWords++;
              if (wordLetters == 1 && ARABIC_ONE_LETTER_WORDS.indexOf(firstLetter) < 0) {
                lone++;
              }
            }
            prev = null;
            wordLetters = 0;
            wordArabic = false;
          }
          continue;
        }
        letters++;
        UnicodeScript s = family(UnicodeScript.of(c));
        if (rareBlock(c)
            || prev != null
                && s != prev
                && s != UnicodeScript.COMMON
                && prev != UnicodeScript.COMMON) {
          suspicious++;
        }
        if (s != UnicodeScript.COMMON) {
          prev = s;
        }
        if (wordLetters == 0) {
          firstLetter = (char) c;
        }
        wordLetters++;
        wordArabic |= s == UnicodeScript.ARABIC;
      }
      if (wordArabic) {
        arabicWords++;
        if (wordLetters == 1 && ARABIC_ONE_LETTER_WORDS.indexOf(firstLetter) < 0) {
          lone++;
        }
      }
    }
    return new Evidence(
        page.glyphs().size(), letters, page.unmapped(), suspicious, arabicWords, lone);
  }

  /** Private use, replacement character, noncharacters. */
  private static boolean badCharacter(int c) {
    return c == 0xFFFD || c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 || c >= 0xFDD0 && c <= 0xFDEF;
  }

  /** Letters of blocks no running text of any language uses (phonetic notation, combining-only). */
  private static boolean rareBlock(int c) {
    return c >= 0x0250 && c <= 0x02AF // IPA extensions
        || c >= 0x1D00 && c <= 0x1DBF; // phonetic extensions
  }

  /** Scripts written together within one word count as one. */
  private static UnicodeScript family(UnicodeScript s) {
    return switch (s) {
      case HIRAGANA, KATAKANA, HANGUL -> UnicodeScript.HAN;
      case INHERITED -> UnicodeScript.COMMON;
      default -> s;
    };
  }
}
