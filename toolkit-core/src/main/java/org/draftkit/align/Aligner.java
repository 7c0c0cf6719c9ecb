package org.draftkit.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;

/**
 * Matches the language versions of one text by structure. Each paragraph gets a structural key: the
 * article it is in (from the article headings of the six UN languages: "Article 5", "Article
 * premier", "Artículo 5", "Статья 5", "第五条", "المادة 5") or annex ("Annex II", "附件二", "المرفق
 * الثاني"); elsewhere the ordinal of the heading), other headings by their order within the
 * article; then its label and its parents' labels turned into ordinals so that "(c)", "в)", "(ج)"
 * and "(三)" are the same third sub-item; unnumbered paragraphs take their position among the
 * unnumbered ones of their article. Rows are the union of the keys, in the order of the first
 * version that has each. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Aligner {

  private static final Pattern ARTICLE =
      Pattern.compile(
          "^(?:article|artículo|articulo|статья|المادة)\\s+(\\d+|premier|первая)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARTICLE_ZH = Pattern.compile("^第([〇零一二三四五六七八九十百0-9]+)条");
  private static final String CYRILLIC_ITEMS = "абвгдежзиклмнопрстуфхцчшщэюя";
  private static final String LATIN_ITEMS = "abcdefghijklmnopqrstuvwxyz";

  /** The default aligner. */
  public Aligner() {
    // stateless
  }

  /**
   * Aligns the versions.
   *
   * @param names one name per document ("en", "fr", or file names), in column order
   * @param docs the documents
   */
  public Alignment align(List<String> names, List<Document> docs) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(docs, "docs");
    if (names.size() != docs.size() || docs.isEmpty()) {
      throw new IllegalArgumentException(names.size() + " names for " + docs.size() + " documents");
    }
    int n = docs.size();
    List<Map<String, Placed>> keyed = new ArrayList<>();
    for (Document d : docs) {
      keyed.add(keys(d));
    }
    // union of keys: each version's keys after the key that precedes them in that version
    List<String> order = new ArrayList<>();
    for (Map<String, Placed> k : keyed) {
      int at = 0;
      for (String key : k.keySet()) {
        int found = order.indexOf(key);
        if (found >= 0) {
          at = found + 1;
        } else {
          order.add(at, key);
          at++;
        }
      }
    }
    List<Alignment.Row> rows = new ArrayList<>();
    List<Alignment.Mismatch> mismatches = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      String key = order.get(r);
      List<Alignment.Cell> cells = cells(keyed, key);
      boolean heading = isHeading(keyed, key);
      // a place numbered differently in some versions: two neighbouring places that no version has
      // both of
      if (!heading
          && r + 1 < order.size()
          && !isHeading(keyed, order.get(r + 1))
          && complementary(cells, cells(keyed, order.get(r + 1)))) {
        List<Alignment.Cell> other = cells(keyed, order.get(r + 1));
        long here = cells.stream().filter(Objects::nonNull).count();
        boolean fewerHere = here * 2 < n;
        String majority = fewerHere ? order.get(r + 1) : key;
        String minority = fewerHere ? key : order.get(r + 1);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ((cells.get(i) != null) == fewerHere) {
            differ.add(names.get(i));
          }
          if (cells.get(i) == null) {
            cells.set(i, other.get(i));
          }
        }
        mismatches.add(
            new Alignment.Mismatch(
                Alignment.Kind.NUMBERING,
                majority,
                differ,
                majority
                    + ": numbered "
                    + last(minority)
                    + " in "
                    + String.join(", ", differ)
                    + ", "
                    + last(majority)
                    + " in the others"));
        key = majority;
        rows.add(new Alignment.Row(key, false, cells));
        footnotes(key, cells, names, mismatches);
        r++;
        continue;
      }
      List<String> lacking = new ArrayList<>();
      List<String> having = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (cells.get(i) == null ? lacking : having).add(names.get(i));
      }
      rows.add(new Alignment.Row(key, heading, cells));
      if (!lacking.isEmpty() && !heading) {
        mismatches.add(
            new Alignment.Mismatch(
                Alignment.Kind.MISSING,
                key,
                lacking,
                key
                    + ": in "
                    + String.join(", ", having)
                    + ", not in "
                    + String.join(", ", lacking)));
      }
      footnotes(key, cells, names, mismatches);
    }
    numbering(names, docs, keyed, mismatches);
    List<String> directions = docs.stream().map(Aligner::direction).toList();
    return new Alignment(names, directions, rows, mismatches);
  }

  /** The last step of a key: the place's own ordinal. */
  private static String last(String key) {
    return key.substring(key.lastIndexOf(" / ") + 3);
  }

  private static List<Alignment.Cell> cells(List<Map<String, Placed>> keyed, String key) {
    List<Alignment.Cell> cells = new ArrayList<>();
    for (Map<String, Placed> k : keyed) {
      Placed p = k.get(key);
      cells.add(p == null ? null : p.cell);
    }
    return cells;
  }

  private static boolean isHeading(List<Map<String, Placed>> keyed, String key) {
    return keyed.stream().map(k -> k.get(key)).anyMatch(p -> p != null && p.heading);
  }

  /** True when every version has exactly one of the two places (and each place some version). */
  private static boolean complementary(List<Alignment.Cell> a, List<Alignment.Cell> b) {
    boolean anyA = false;
    boolean anyB = false;
    for (int i = 0; i < a.size(); i++) {
      if ((a.get(i) == null) == (b.get(i) == null)) {
        return false;
      }
      anyA |= a.get(i) != null;
      anyB |= b.get(i) != null;
    }
    return anyA && anyB;
  }

  private static void footnotes(
      String key, List<Alignment.Cell> cells, List<String> names, List<Alignment.Mismatch> out) {
    int max =
        cells.stream().filter(Objects::nonNull).mapToInt(Alignment.Cell::footnotes).max().orElse(0);
    List<String> fewer = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) != null && cells.get(i).footnotes() < max) {
        fewer.add(names.get(i) + " " + cells.get(i).footnotes());
      }
    }
    if (!fewer.isEmpty()) {
      out.add(
          new Alignment.Mismatch(
              Alignment.Kind.FOOTNOTE,
              key,
              fewer.stream().map(s -> s.split(" ")[0]).toList(),
              key
                  + ": "
                  + max
                  + " footnote reference"
                  + (max == 1 ? "" : "s")
                  + " in other versions, "
                  + String.join(", ", fewer)));
    }
  }

  /** Top-level labels per article that differ as numbers between versions (a renumbering). */
  private static void numbering(
      List<String> names,
      List<Document> docs,
      List<Map<String, Placed>> keyed,
      List<Alignment.Mismatch> out) {
    Map<String, String> first = new LinkedHashMap<>();
    keyed.get(0).forEach((k, p) -> first.put(k, p.cell.label()));
    for (int i = 1; i < docs.size(); i++) {
      for (Map.Entry<String, Placed> e : keyed.get(i).entrySet()) {
        String a = first.get(e.getKey());
        String b = e.getValue().cell.label();
        if (a != null && b != null && isNumber(a) && isNumber(b) && !digits(a).equals(digits(b))) {
          out.add(
              new Alignment.Mismatch(
                  Alignment.Kind.NUMBERING,
                  e.getKey(),
                  List.of(names.get(i)),
                  e.getKey()
                      + ": numbered "
                      + a
                      + " in "
                      + names.get(0)
                      + ", "
                      + b
                      + " in "
                      + names.get(i)));
        }
      }
    }
  }

  private static boolean isNumber(String label) {
    return label.matches("\\d+[.)]?");
  }

  private static String digits(String label) {
    return label.replaceAll("\\D", "");
  }

  private static String direction(Document d) {
    int rtl = 0;
    int all = 0;
    for (Paragraph p : d.paragraphs()) {
      String t = p.text();
      for (int i = 0; i < t.length() && all < 5000; i++) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          all++;
          byte dir = Character.getDirectionality(c);
          if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
              || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            rtl++;
          }
        }
      }
    }
    return rtl * 2 > all && all > 0 ? "rtl" : "ltr";
  }

  private record Placed(Alignment.Cell cell, boolean heading) {}

  /** Structural keys of a document's paragraphs, in order. */
  static Map<String, Placed> keys(Document d) {
    Map<String, Placed> out = new LinkedHashMap<>();
    String section = "front";
    int headings = 0;
    int unnumbered = 0;
    Map<Integer, String> path = new LinkedHashMap<>();
    Map<String, Integer> last = new LinkedHashMap<>();
    for (Paragraph p : d.paragraphs()) {
      Alignment.Cell cell = new Alignment.Cell(p.index(), p.label(), p.text(), footnoteRefs(p));
      if (p.isHeading()) {
        headings++;
        String article = article(p.text());
        String annex = article == null ? annex(p.text()) : null;
        if (article != null || annex != null) {
          section = article != null ? "art " + article : "annex " + annex;
          unnumbered = 0;
          headings = 0;
          put(out, section, new Placed(cell, true));
        } else {
          put(
              out,
              section + " / h" + headings,
              new Placed(cell, true)); // the article's title, part titles
        }
        continue;
      }
      String key;
      if (p.label() == null) {
        unnumbered++;
        key = section + " / ¶" + unnumbered;
      } else {
        String parent = p.parent() == null ? null : path.get(p.parent());
        String scope = parent == null ? section : parent;
        String own = ordinal(p.label(), last.getOrDefault(scope, 0));
        last.put(scope, ordinalValue(own));
        key = scope + " / " + own;
      }
      path.put(p.index(), key);
      put(out, key, new Placed(cell, false));
    }
    return out;
  }

  private static void put(Map<String, Placed> out, String key, Placed p) {
    String k = key;
    for (int i = 2; out.containsKey(k); i++) {
      k = key + " #" + i; // the same place twice in one version: kept, in order
    }
    out.put(k, p);
  }

  private static int footnoteRefs(Paragraph p) {
    int n = 0;
    for (Run r : p.runs()) {
      if (r.ref() != null && r.has(org.draftkit.model.Mark.FOOTNOTE_REFERENCE)) {
        n++;
      }
    }
    return n;
  }

  /** The article number of a heading in any of the six languages, or null. */
  static String article(String heading) {
    String t = heading.strip();
    Matcher m = ARTICLE.matcher(t);
    if (m.find()) {
      String num = m.group(1).toLowerCase(java.util.Locale.ROOT);
      return num.equals("premier") || num.equals("первая") ? "1" : num;
    }
    Matcher z = ARTICLE_ZH.matcher(t);
    if (z.find()) {
      int v = chinese(z.group(1));
      return v > 0 ? Integer.toString(v) : null;
    }
    return null;
  }

  private static final Pattern ANNEX =
      Pattern.compile(
          "^(?:annex|annexe|anexo|приложение)\\s+([ivx]+|\\d+|[пш])$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANNEX_ZH = Pattern.compile("^附件([一二三四五六七八九十]+)$");
  private static final Pattern ANNEX_AR = Pattern.compile("^المرفق\\s+(\\S+)$");
  private static final List<String> ARABIC_ORDINALS =
      List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن");

  /**
   * The number of an annex heading in any of the six languages ("Annex II", "ANNEXE II", "Anexo
   * II", "Приложение II", "附件二", "المرفق الثاني"), or null. Read from page images, the roman II and
   * III of a Cyrillic heading come out as the letters П and Ш they look like.
   */
  static String annex(String heading) {
    String t = heading.strip();
    Matcher m = ANNEX.matcher(t);
    if (m.matches()) {
      String num = m.group(1).toLowerCase(java.util.Locale.ROOT);
      int v =
          switch (num) {
            case "п" -> 2;
            case "ш" -> 3;
            default -> num.matches("\\d+") ? Integer.parseInt(num) : roman(num);
          };
      return v > 0 ? Integer.toString(v) : null;
    }
    Matcher z = ANNEX_ZH.matcher(t);
    if (z.matches()) {
      int v = chinese(z.group(1));
      return v > 0 ? Integer.toString(v) : null;
    }
    Matcher a = ANNEX_AR.matcher(t);
    if (a.matches()) {
      int i = ARABIC_ORDINALS.indexOf(a.group(1));
      return i >= 0 ? Integer.toString(i + 1) : null;
    }
    return null;
  }

  /**
   * A label's position in its series: "(c)", "c)", "в)", "(ج)", "(三)" → "#3", "(ii)" → "#2";
   * numbers stay numbers ("3.", "3 -", "三、" → "3"). A lone i, v or x is the letter when it follows
   * the letter before it ("(i)" after "(h)"), else the roman numeral.
   *
   * @param previous the ordinal of the previous sibling, or 0
   */
  static String ordinal(String label, int previous) {
    String core = label.strip().replaceAll("^[(\\[（]+|[)\\]）.、\\s\\-–]+$", "").strip();
    boolean bracketed = !label.strip().matches("[^(\\[（)\\]）]*");
    if (core.matches("\\d+")) {
      return core;
    }
    String lower = core.toLowerCase(java.util.Locale.ROOT);
    int letter = -1;
    if (lower.codePointCount(0, lower.length()) == 1) {
      int c = lower.codePointAt(0);
      letter = LATIN_ITEMS.indexOf(c);
      if (letter < 0) {
        letter = CYRILLIC_ITEMS.indexOf(c);
      }
      if (letter < 0) {
        letter =
            c > 0xFFFF ? -1 : ParagraphNumber.abjad((char) c).map(n -> n.value() - 1).orElse(-1);
      }
    }
    int roman = roman(lower);
    if (roman > 0 && (letter < 0 || letter != previous)) {
      return "#" + roman;
    }
    if (letter >= 0) {
      return "#" + (letter + 1);
    }
    int zh = chinese(core);
    if (zh > 0) {
      return bracketed
          ? "#" + zh
          : Integer.toString(zh); // "(三)" a sub-item, "三、" a paragraph number
    }
    return core;
  }

  private static int ordinalValue(String ordinal) {
    String d = ordinal.startsWith("#") ? ordinal.substring(1) : ordinal;
    return d.matches("\\d{1,6}") ? Integer.parseInt(d) : 0;
  }

  private static int roman(String s) {
    if (!s.matches("[ivxlc]+")) {
      return 0;
    }
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            default -> 100;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /**
   * Chinese numerals ("十二", "一百零五", as {@link ParagraphNumber#hanValue}), or digits; 0 when not a
   * number.
   */
  static int chinese(String s) {
    return s.matches("\\d+") ? Integer.parseInt(s) : ParagraphNumber.hanValue(s);
  }
}
