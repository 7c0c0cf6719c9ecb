package org.draftkit.importer.markdown.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front matter block ({@code ---} … {@code ---} at the very top, as Jekyll and pandoc write
 * it), read as flat {@code key: value} pairs. Nested structures are kept as text; lists ({@code [a,
 * b]} or {@code - a} lines) are joined with ", ".
 *
 * @param values the top-level keys in source order, lower-cased, with their values
 * @param lineCount how many source lines the block takes, delimiters included
 * @param body the text after the block
 */
public record FrontMatter(Map<String, String> values, int lineCount, String body) {

  private static final Pattern KEY =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(?:\\s+(.*))?$");
  private static final Pattern ITEM = Pattern.compile("^\\s+-\\s+(.*)$");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  public FrontMatter {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Finds the front matter at the top of {@code text}, if there is a well-formed one. */
  public static Optional<FrontMatter> find(String text) {
    if (!text.startsWith("---\n")) {
      return Optional.empty();
    }
    String[] lines = text.split("\n", -1);
    Map<String, String> values = new LinkedHashMap<>();
    String lastKey = null;
    List<String> items = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("---") || line.equals("...")) {
        if (values.isEmpty()) {
          return Optional.empty();
        }
        flushItems(values, lastKey, items);
        int consumed = i + 1;
        int offset = 0;
        for (int k = 0; k < consumed; k++) {
          offset += lines[k].length() + 1;
        }
        String body = offset >= text.length() ? "" : text.substring(offset);
        return Optional.of(new FrontMatter(values, consumed, body));
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher key = KEY.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (key.matches()) {
        flushItems(values, lastKey, items);
        lastKey = key.group(1).toLowerCase(Locale.ROOT);
        values.put(lastKey, scalar(key.group(2) == null ? "" : key.group(2)));
      } else if (item.matches() && lastKey != null) {
        items.add(scalar(item.group(1)));
      } else if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
        String prev = values.get(lastKey);
        values.put(lastKey, (prev.isEmpty() ? "" : prev + " ") + line.strip());
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static void flushItems(Map<String, String> values, String key, List<String> items) {
    if (key != null && !items.isEmpty()) {
      values.put(key, String.join(", ", items));
    }
    items.clear();
  }

  private static String scalar(String raw) {
    String v = raw.strip();
    int hash = v.indexOf(" #");
    if (hash >= 0 && !v.startsWith("\"") && !v.startsWith("'")) {
      v = v.substring(0, hash).strip();
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      List<String> parts = new ArrayList<>();
      for (String p : v.substring(1, v.length() - 1).split(",")) {
        if (!p.isBlank()) {
          parts.add(unquote(p.strip()));
        }
      }
      return String.join(", ", parts);
    }
    return unquote(v);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** A value, if present and not empty. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  /** The {@code date} value as a date, if it starts with an ISO date. */
  public Optional<LocalDate> date() {
    return value("date")
        .map(ISO_DATE::matcher)
        .filter(Matcher::find)
        .flatMap(
            m -> {
              try {
                return Optional.of(LocalDate.parse(m.group(1)));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }
}
