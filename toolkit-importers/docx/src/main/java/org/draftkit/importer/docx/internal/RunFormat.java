package org.draftkit.importer.docx.internal;

import java.util.EnumSet;
import org.draftkit.model.Mark;

/**
 * The run properties the importer keeps, each null when not set at this level.
 *
 * @param bold w:b
 * @param italic w:i
 * @param strike w:strike
 * @param doubleStrike w:dstrike
 * @param underline w:u other than "none"
 * @param hidden w:vanish
 * @param superscript w:vertAlign="superscript"
 */
record RunFormat(
    Boolean bold,
    Boolean italic,
    Boolean strike,
    Boolean doubleStrike,
    Boolean underline,
    Boolean hidden,
    Boolean superscript) {

  static final RunFormat NONE = new RunFormat(null, null, null, null, null, null, null);

  /**
   * This format with every property {@code top} sets replaced (style inheritance, direct
   * formatting).
   */
  RunFormat overlay(RunFormat top) {
    if (top == NONE) {
      return this;
    }
    return new RunFormat(
        pick(top.bold, bold),
        pick(top.italic, italic),
        pick(top.strike, strike),
        pick(top.doubleStrike, doubleStrike),
        pick(top.underline, underline),
        pick(top.hidden, hidden),
        pick(top.superscript, superscript));
  }

  /**
   * A character style applied over a paragraph style's formatting: toggle properties (bold, italic,
   * strike, double strike, hidden) set on in the character style flip the paragraph's value;
   * underline and vertical alignment replace it.
   */
  RunFormat toggle(RunFormat character) {
    if (character == NONE) {
      return this;
    }
    return new RunFormat(
        flip(bold, character.bold),
        flip(italic, character.italic),
        flip(strike, character.strike),
        flip(doubleStrike, character.doubleStrike),
        pick(character.underline, underline),
        flip(hidden, character.hidden),
        pick(character.superscript, superscript));
  }

  boolean isHidden() {
    return Boolean.TRUE.equals(hidden);
  }

  /** The formatting marks this format gives a run. */
  EnumSet<Mark> marks() {
    EnumSet<Mark> m = EnumSet.noneOf(Mark.class);
    if (Boolean.TRUE.equals(bold)) {
      m.add(Mark.BOLD);
    }
    if (Boolean.TRUE.equals(italic)) {
      m.add(Mark.ITALIC);
    }
    if (Boolean.TRUE.equals(underline)) {
      m.add(Mark.UNDERLINE);
    }
    if (Boolean.TRUE.equals(strike) || Boolean.TRUE.equals(doubleStrike)) {
      m.add(Mark.STRIKE);
    }
    if (Boolean.TRUE.equals(superscript)) {
      m.add(Mark.SUPERSCRIPT);
    }
    return m;
  }

  private static Boolean pick(Boolean top, Boolean below) {
    return top != null ? top : below;
  }

  private static Boolean flip(Boolean base, Boolean toggle) {
    if (!Boolean.TRUE.equals(toggle)) {
      return base;
    }
    return !Boolean.TRUE.equals(base);
  }
}
