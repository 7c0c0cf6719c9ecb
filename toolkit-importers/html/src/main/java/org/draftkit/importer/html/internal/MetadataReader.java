package org.draftkit.importer.html.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Document metadata from the page head ({@code <title>}, {@code <html lang>}, Dublin Core and
 * Highwire {@code citation_*} meta tags) and from the UN front matter at the top of the text
 * (document symbol, "Distr.: General", date, session, agenda item, resolution title).
 */
final class MetadataReader {

  /** What the page head says, captured before the head is discarded. */
  record Head(String title, String lang, Map<String, List<String>> metas) {
    String first(String... names) {
      for (String n : names) {
        List<String> v = metas.get(n);
        if (v != null && !v.isEmpty()) {
          return v.get(0);
        }
      }
      return null;
    }

    List<String> all(String name) {
      return metas.getOrDefault(name, List.of());
    }
  }

  /**
   * A UN document symbol: "A/RES/79/271", "A/80/L.41", "A/AC.296/2026/9", "FCCC/CP/2015/L.9/Rev.1".
   */
  static final Pattern SYMBOL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.])([A-Z]{1,8}(?:\\.\\d{1,4})?(?:/(?:[A-Z]{1,8}(?:\\.\\d{1,4})?|\\d{1,5}|Rev\\.\\d{1,2}"
              + "|Add\\.\\d{1,3}|Corr\\.\\d{1,2}|Amend\\.\\d{1,2})){2,8})(?![\\p{L}\\p{N}/])");

  private static final Pattern DISTRIBUTION =
      Pattern.compile("Distr\\.?:?\\s*(General|Limited|Restricted)\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})\\b");
  private static final Pattern SESSION =
      Pattern.compile(
          "\\b((?:[A-Z][a-z]+-)?[A-Z]?[a-z]+(?: special| emergency special)? session)\\b");
  private static final Pattern AGENDA =
      Pattern.compile(
          "\\b(Agenda items? \\d{1,4}(?: ?\\([a-z]{1,4}\\))?(?:(?:,| and) \\d{1,4}(?: ?\\([a-z]{1,4}\\))?)*)");
  private static final Pattern RESOLUTION_TITLE =
      Pattern.compile("^\\d{1,3}/\\d{1,4}\\.\\s+(\\S.{9,})$");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final DateTimeFormatter UN_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final int FRONT_PARAGRAPHS = 6;

  private MetadataReader() {}

  /** Reads the head of the page. */
  static Head head(Document doc) {
    Map<String, List<String>> metas = new LinkedHashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String name =
          m.hasAttr("name")
              ? m.attr("name")
              : m.hasAttr("property") ? m.attr("property") : m.attr("http-equiv");
      String content = m.attr("content").strip();
      if (!name.isBlank() && !content.isEmpty()) {
        metas
            .computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(content);
      }
    }
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && html != null) {
      lang = html.attr("xml:lang");
    }
    if (lang.isBlank() && doc.body() != null) {
      lang = doc.body().attr("lang");
    }
    Element title = doc.selectFirst("head > title, title");
    return new Head(title == null ? null : blankToNull(title.text()), blankToNull(lang), metas);
  }

  /**
   * Metadata from the head, the masthead text taken out of the paragraphs (or "") and the
   * paragraphs.
   */
  static Metadata read(
      Head head, List<Paragraph> paragraphs, String removedTitle, String masthead) {
    Metadata.Builder b = Metadata.builder();
    StringBuilder front = new StringBuilder(masthead == null ? "" : masthead + "\n");
    String resolutionTitle = null;
    int seen = 0;
    for (Paragraph p : paragraphs) {
      if (p.kind() == ParagraphKind.PREAMBULAR
          || p.kind() == ParagraphKind.OPERATIVE
          || seen++ >= FRONT_PARAGRAPHS) {
        break;
      }
      String text = p.text().strip();
      front.append(text).append('\n');
      Matcher t = RESOLUTION_TITLE.matcher(text);
      if (resolutionTitle == null && t.matches()) {
        resolutionTitle = t.group(1).strip();
      }
    }
    String frontText = front.toString();

    String symbol =
        symbolIn(
            head.first("citation_technical_report_number", "dc.identifier", "dcterms.identifier"));
    if (symbol == null) {
      symbol = symbolIn(frontText);
    }
    if (symbol == null) {
      symbol = symbolIn(head.title());
    }
    b.symbol(symbol);

    String title = head.first("citation_title", "dc.title", "dcterms.title");
    if (title == null) {
      title = resolutionTitle;
    }
    if (title == null) {
      title = head.first("og:title");
    }
    if (title == null) {
      title = removedTitle;
    }
    if (title == null) {
      title = head.title();
    }
    b.title(title);

    LocalDate date =
        isoDate(
            head.first(
                "citation_publication_date",
                "citation_date",
                "dc.date",
                "dcterms.date",
                "dcterms.issued",
                "dc.date.issued",
                "article:published_time"));
    if (date == null) {
      Matcher m = DATE.matcher(frontText);
      if (m.find()) {
        date = unDate(m.group(1));
      }
    }
    b.date(date);

    String language =
        head.first("citation_language", "dc.language", "dcterms.language", "content-language");
    if (language == null) {
      language = head.lang();
    }
    b.language(language == null ? null : primaryLanguage(language));

    List<String> authors = new ArrayList<>(head.all("citation_author"));
    if (authors.isEmpty()) {
      authors.addAll(head.all("dc.creator"));
      authors.addAll(head.all("dcterms.creator"));
    }
    if (authors.isEmpty()) {
      authors.addAll(head.all("author"));
    }
    b.author(authors.isEmpty() ? null : String.join("; ", authors));

    Matcher m = DISTRIBUTION.matcher(frontText);
    if (m.find()) {
      b.distribution(m.group(1));
    }
    m = SESSION.matcher(frontText);
    if (m.find()) {
      b.session(m.group(1));
    }
    m = AGENDA.matcher(frontText);
    if (m.find()) {
      b.agendaItem(m.group(1));
    }
    return b.build();
  }

  /** The first UN symbol in {@code text}, or null. */
  static String symbolIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      String s = m.group(1);
      if (s.chars().anyMatch(Character::isDigit)) {
        return s;
      }
    }
    return null;
  }

  private static LocalDate isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value.strip());
    if (!m.find()) {
      return unDate(value.strip());
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      // an impossible date in a meta tag is ignored, not fatal
      return null;
    }
  }

  private static LocalDate unDate(String value) {
    try {
      return LocalDate.parse(value, UN_DATE);
    } catch (DateTimeParseException e) {
      // not a date in the UN style: leave the date unknown
      return null;
    }
  }

  private static String primaryLanguage(String tag) {
    String t = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
