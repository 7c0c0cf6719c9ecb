package org.draftkit.model;

import java.time.LocalDate;

/**
 * What a document says about itself. Every field may be null.
 *
 * @param symbol the UN document symbol ("A/80/L.41", "FCCC/CP/2015/L.9/Rev.1")
 * @param title the title
 * @param revision a revision label ("Rev.2", "Zero Draft", "v2")
 * @param date the document's date
 * @param language the language code ("en")
 * @param source the file or upload name it was read from
 * @param author the author or submitting body
 * @param distribution "General", "Limited"
 * @param session the session ("Eightieth session")
 * @param agendaItem the agenda item ("Agenda item 13")
 * @since 0.1
 */
public record Metadata(
    String symbol,
    String title,
    String revision,
    LocalDate date,
    String language,
    String source,
    String author,
    String distribution,
    String session,
    String agendaItem) {

  /** Metadata with nothing known. */
  public static final Metadata EMPTY = builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with these values. */
  public Builder toBuilder() {
    return new Builder()
        .symbol(symbol)
        .title(title)
        .revision(revision)
        .date(date)
        .language(language)
        .source(source)
        .author(author)
        .distribution(distribution)
        .session(session)
        .agendaItem(agendaItem);
  }

  /**
   * A short name for messages and column heads: the revision, else the symbol, else the source,
   * else the title.
   */
  public String displayName() {
    for (String s : new String[] {revision, symbol, source, title}) {
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return "document";
  }

  /** Builds {@link Metadata}. */
  public static final class Builder {
    private String symbol;
    private String title;
    private String revision;
    private LocalDate date;
    private String language;
    private String source;
    private String author;
    private String distribution;
    private String session;
    private String agendaItem;

    private Builder() {}

    public Builder symbol(String v) {
      symbol = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder revision(String v) {
      revision = v;
      return this;
    }

    public Builder date(LocalDate v) {
      date = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder distribution(String v) {
      distribution = v;
      return this;
    }

    public Builder session(String v) {
      session = v;
      return this;
    }

    public Builder agendaItem(String v) {
      agendaItem = v;
      return this;
    }

    public Metadata build() {
      return new Metadata(
          symbol,
          title,
          revision,
          date,
          language,
          source,
          author,
          distribution,
          session,
          agendaItem);
    }
  }
}
