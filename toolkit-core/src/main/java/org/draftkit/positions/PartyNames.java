package org.draftkit.positions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public as an input of {@link org.draftkit.PositionsRequest.Builder#parties}. A gazetteer of
 * negotiating parties and groups with their aliases ("US", "U.S", "USA" → "United States"; "CFRN" →
 * "Coalition for Rainforest Nations"), used to read party codes in comments. The short form used in
 * tables is the code delegates write for a many-word name ("US", "AOSIS") and the name itself
 * otherwise ("Canada"). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartyNames {

  /** One alias occurrence found in text. */
  public record Match(String party, int start, int end) {}

  private final List<Entry> aliases;
  private final Map<String, String> shortNames;

  private record Entry(String alias, String canonical, boolean code) {}

  private PartyNames(List<Entry> aliases, Map<String, String> shortNames) {
    this.aliases = aliases;
    this.shortNames = shortNames;
  }

  /** The built-in list (UN member states active in negotiations and the negotiating groups). */
  public static PartyNames defaults() {
    return BuiltIn.NAMES;
  }

  /** The built-in list, read once when first used. */
  private static final class BuiltIn {
    static final PartyNames NAMES = load();
  }

  private static PartyNames load() {
    try (InputStream in = PartyNames.class.getResourceAsStream("parties.txt")) {
      if (in == null) {
        throw new IllegalStateException("parties.txt missing from the toolkit-core jar");
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A gazetteer from lines "Canonical|alias|alias"; '#' starts a comment line. */
  public static PartyNames parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> shortNames = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] names = line.split("\\|");
      String canonical = names[0].strip();
      String shortest = canonical;
      for (String n : names) {
        String alias = n.strip();
        boolean code =
            alias.length() <= 5 && alias.replace(".", "").chars().allMatch(Character::isUpperCase)
                || alias.matches("[A-Z][A-Za-z]{1,4}") && !alias.equals(canonical);
        entries.add(new Entry(alias, canonical, code));
        if (code
            && canonical.contains(" ")
            && alias.length() < shortest.length()
            && !alias.contains(".")) {
          shortest = alias;
        }
      }
      shortNames.put(canonical, shortest);
    }
    entries.sort(
        Comparator.comparingInt((Entry e) -> -e.alias.length()).thenComparing(Entry::alias));
    return new PartyNames(List.copyOf(entries), Map.copyOf(shortNames));
  }

  /**
   * The form used as a column head: the party's code if it has one ("US", "LMDC"), else its name.
   */
  public String shortName(String canonical) {
    return shortNames.getOrDefault(canonical, canonical);
  }

  /** The party an alias names exactly, if any. */
  public Optional<String> lookup(String alias) {
    String a = alias.strip();
    for (Entry e : aliases) {
      if (e.code ? e.alias.equals(a) : e.alias.equalsIgnoreCase(a)) {
        return Optional.of(e.canonical);
      }
    }
    return Optional.empty();
  }

  /**
   * The alias starting exactly at {@code from}, if any: the longest that fits, bounded on the left
   * by a non-letter and on the right by a non-letter or a new capitalised word ("USReplace").
   */
  public Optional<Match> at(String text, int from) {
    return at(text, from, false);
  }

  /**
   * Like {@link #at(String, int)}; with {@code gluedLeft} the alias may follow a letter ("ICUS").
   */
  public Optional<Match> at(String text, int from, boolean gluedLeft) {
    if (!gluedLeft && from > 0 && Character.isLetter(text.charAt(from - 1))) {
      return Optional.empty();
    }
    for (Entry e : aliases) {
      int end = from + e.alias.length();
      if (end > text.length() || !text.regionMatches(!e.code, from, e.alias, 0, e.alias.length())) {
        continue;
      }
      if (end == text.length()
          || !Character.isLetter(text.charAt(end))
          || (Character.isUpperCase(text.charAt(end))
              && end + 1 < text.length()
              && Character.isLowerCase(text.charAt(end + 1))
              && !e.alias.equals(e.alias.toLowerCase()))) {
        return Optional.of(new Match(e.canonical, from, end));
      }
    }
    return Optional.empty();
  }
}
