package org.draftkit.layout;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the lines UN documents repeat on every page: the document symbol, page numbers
 * ("15/20", "- 3 -", "Page 2 of 20"), job numbers ("25-20327 (E)", "GE.15-01234"), barcodes
 * ("*2520327*") and "Please recycle". Each recognised line is text that a reader never sees as part
 * of a paragraph; importers remove it and report the removal. Thread-safe.
 *
 * @since 0.1
 */
public final class RunningHeads {

  /** What a running-head line is. */
  public enum Kind {
    SYMBOL("document symbol"),
    PAGE_NUMBER("page number"),
    JOB_NUMBER("job number"),
    BARCODE("barcode"),
    RECYCLE("\"Please recycle\" note"),
    /** Text repeated at the same place on several pages (a running title). */
    REPEATED("repeated running head");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** A short human description ("page number"). */
    public String description() {
      return description;
    }

    /** A stable code fragment ("page-number"). */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^(?:\\d{1,4}\\s*/\\s*\\d{1,4}|[-–—]\\s*\\d{1,4}\\s*[-–—]|(?:page\\s+)?\\d{1,4}(?:\\s+(?:of|/)\\s+\\d{1,4})?"
              + "|[ivxlc]{1,6}"
              // OCR's reading of "- 52 -": "- S2 -", "- $l -" (S and $ for 5 or 8, l for 1)
              + "|[-–—]\\s*[0-9S$l]{1,4}\\s*[-–—])$");
  private static final Pattern JOB_NUMBER =
      Pattern.compile(
          "^(?:GE\\.)?\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}(?:\\s+\\d{6})?$|^\\([A-Z]\\)(?:\\s+\\d{6}){0,2}$");
  private static final Pattern BARCODE = Pattern.compile("^\\*\\s?[0-9A-Z]{6,12}\\s?\\*$");
  private static final Pattern RECYCLE = Pattern.compile("(?i)^please\\s+recycle\\s*[♲♻]?$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  private RunningHeads() {}

  /** What kind of running head the whole line is, if it is one by its text alone. */
  public static Optional<Kind> classify(String line) {
    if (line == null) {
      return Optional.empty();
    }
    String s = SPACES.matcher(line).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (PAGE_NUMBER.matcher(s).matches()) {
      return Optional.of(Kind.PAGE_NUMBER);
    }
    if (JOB_NUMBER.matcher(s).matches()) {
      return Optional.of(Kind.JOB_NUMBER);
    }
    if (BARCODE.matcher(s).matches()) {
      return Optional.of(Kind.BARCODE);
    }
    if (RECYCLE.matcher(s).matches()) {
      return Optional.of(Kind.RECYCLE);
    }
    if (UnSymbols.isSymbol(s)) {
      return Optional.of(Kind.SYMBOL);
    }
    return Optional.empty();
  }

  /**
   * A key under which the same running head on different pages compares equal: lower case, digits
   * replaced by {@code #}, spaces collapsed.
   */
  public static String repetitionKey(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
