package org.draftkit.importer.docx.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.docProps.core.CoreProperties;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;

/**
 * Document metadata: the document properties (title, creator, dates) and, when the first
 * paragraphs carry UN front matter, the document symbol, distribution, date and original language.
 * Front matter wins over document properties; the paragraphs themselves stay in the body.
 */
final class FrontMatter {

  private static final int LOOK_AT = 15;
  private static final Pattern SYMBOL = Pattern.compile(
      "^((?:A|E|S|ST|FCCC|UNEP|TD|DP|CEDAW|CRC|CERD|ICCD|CBD|UNW|ITU|HRC|TD|ECE|ESCAP|ECLAC|ECA|ESCWA|UNCITRAL)"
          + "(?:/[A-Za-z0-9.()\\-]+){2,})$");
  private static final Pattern DISTR = Pattern.compile("(?i)^Distr\\.?\\s*:?\\s*(General|Limited|Restricted)\\b.*");
  private static final Pattern ORIGINAL = Pattern.compile("(?i)^Original\\s*:\\s*([A-Za-z]+).*");
  private static final Pattern DATE = Pattern.compile(
      "^(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})$");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final Map<String, String> LANGUAGES = Map.of(
      "english", "en", "french", "fr", "spanish", "es", "arabic", "ar", "chinese", "zh", "russian", "ru");

  private FrontMatter() {}

  static Metadata metadata(List<Paragraph> paragraphs, CoreProperties core, String source) {
    Metadata.Builder m = Metadata.builder().source(source);
    if (core != null) {
      if (core.getTitle() != null) {
        m.title(DocxReader.literal(core.getTitle().getValue()));
      }
      m.author(DocxReader.literal(core.getCreator()));
      LocalDate modified = DocxReader.w3cDate(core.getModified());
      m.date(modified != null ? modified : DocxReader.w3cDate(core.getCreated()));
      String lang = DocxReader.literal(core.getLanguage());
      if (lang != null && lang.length() >= 2) {
        m.language(lang.substring(0, 2).toLowerCase(Locale.ROOT));
      }
    }
    String firstHeading = null;
    int n = Math.min(LOOK_AT, paragraphs.size());
    for (int i = 0; i < n; i++) {
      Paragraph p = paragraphs.get(i);
      if (p.kind() == ParagraphKind.OPERATIVE) {
        break;
      }
      String text = p.text().strip();
      if (p.kind() == ParagraphKind.HEADING && firstHeading == null && p.number() == null) {
        firstHeading = text;
      }
      for (String line : text.split("\\s{2,}|\\n")) {
        frontMatterLine(line.strip(), m);
      }
    }
    Metadata built = m.build();
    if ((built.title() == null || built.title().isBlank()) && firstHeading != null) {
      m.title(firstHeading);
    }
    return m.build();
  }

  private static void frontMatterLine(String line, Metadata.Builder m) {
    Matcher s = SYMBOL.matcher(line);
    if (s.matches() && m.build().symbol() == null) {
      m.symbol(s.group(1));
      return;
    }
    Matcher d = DISTR.matcher(line);
    if (d.matches()) {
      String v = d.group(1);
      m.distribution(v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1).toLowerCase(Locale.ROOT));
      return;
    }
    Matcher o = ORIGINAL.matcher(line);
    if (o.matches()) {
      String code = LANGUAGES.get(o.group(1).toLowerCase(Locale.ROOT));
      if (code != null) {
        m.language(code);
      }
      return;
    }
    Matcher dt = DATE.matcher(line);
    if (dt.matches()) {
      try {
        m.date(LocalDate.parse(dt.group(1), DAY_MONTH_YEAR));
      } catch (DateTimeParseException e) {
        // not a real date ("31 February 2024"): leave the properties' date
      }
    }
  }
}
