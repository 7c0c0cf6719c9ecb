package org.draftkit.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises UN document symbols: {@code A/80/L.41}, {@code A/RES/79/271}, {@code A/AC.296/2026/9},
 * {@code FCCC/CP/2015/L.9/Rev.1}, {@code S/2024/123}, {@code E/CN.6/2025/L.3}. Thread-safe.
 *
 * @since 0.1
 */
public final class UnSymbols {

  private static final String PART = "[A-Za-z0-9][A-Za-z0-9.()\\-]*";
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\w/])([A-Z][A-Z0-9]{0,7}(?:\\.[A-Z0-9]+)?(?:/" + PART + "){1,7})(?![\\w/])");
  private static final Pattern WHOLE = Pattern.compile("^\\s*" + SYMBOL.pattern() + "\\s*$");

  /** UNFCCC informal notes are named without slashes: {@code ADP.2015.11.InformalNote}. */
  private static final Pattern DOTTED =
      Pattern.compile("^\\s*([A-Z]{2,8}(?:\\.[A-Za-z0-9]+){2,6})\\s*$");

  private UnSymbols() {}

  /** True when the whole line (trimmed) is one document symbol. */
  public static boolean isSymbol(String line) {
    if (line == null) {
      return false;
    }
    Matcher m = WHOLE.matcher(line);
    if (m.matches()) {
      return plausible(m.group(1));
    }
    Matcher d = DOTTED.matcher(line);
    return d.matches()
        && d.group(1).chars().anyMatch(Character::isDigit)
        && d.group(1).chars().anyMatch(Character::isLowerCase);
  }

  /** The first document symbol in {@code text}, if any. */
  public static Optional<String> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      String s = trimTrailingPunctuation(m.group(1));
      if (plausible(s)) {
        return Optional.of(s);
      }
    }
    Matcher d = DOTTED.matcher(text);
    if (d.matches() && isSymbol(text)) {
      return Optional.of(d.group(1));
    }
    return Optional.empty();
  }

  private static String trimTrailingPunctuation(String s) {
    int end = s.length();
    while (end > 0
        && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ')' && s.indexOf('(') < 0)) {
      end--;
    }
    return s.substring(0, end);
  }

  /** A symbol has a digit somewhere and its first part is an upper-case organ code. */
  private static boolean plausible(String s) {
    if (s.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    String first = s.substring(0, s.indexOf('/'));
    return first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
