package org.draftkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;

/**
 * The names revisions go by in column heads, headings and tracked-change authors: from what the
 * document says of itself (symbol and revision, else title, else revision label, with the date when
 * two would read the same), the file name only as the last resort.
 *
 * @since 0.1
 */
public final class RevisionNames {
  private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private RevisionNames() {}

  /** The name of one revision. */
  public static String of(Document doc) {
    return of(doc.metadata());
  }

  /** The name of one revision, from its metadata. */
  public static String of(Metadata m) {
    if (present(m.symbol())) {
      return present(m.revision()) && !m.symbol().contains(m.revision())
          ? m.symbol() + " (" + m.revision() + ")"
          : m.symbol();
    }
    if (present(m.title())) {
      return present(m.revision()) ? m.title().strip() + ", " + m.revision() : m.title().strip();
    }
    if (present(m.revision())) {
      return m.revision();
    }
    return present(m.source()) ? m.source() : "document";
  }

  /**
   * The names of several revisions, made distinct: a date (or, last, the file name) is added to
   * names that repeat.
   */
  public static List<String> of(List<Document> docs) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> count = new HashMap<>();
    for (Document d : docs) {
      String n = of(d);
      names.add(n);
      count.merge(n, 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String n = names.get(i);
      if (count.get(n) > 1) {
        Metadata m = docs.get(i).metadata();
        String date = m.date() != null ? m.date().toString() : dateIn(m.source());
        n =
            date != null
                ? n + " (" + date + ")"
                : present(m.source()) ? n + " (" + m.source() + ")" : n;
      }
      int k = seen.merge(n, 1, Integer::sum);
      out.add(k == 1 ? n : n + " [" + k + "]");
    }
    return out;
  }

  private static String dateIn(String source) {
    if (source == null) {
      return null;
    }
    Matcher m = DATE_IN_NAME.matcher(source);
    return m.find() ? m.group(1) : null;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
