package org.draftkit.exporter.docx.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Who made a tracked change and when: Word's {@code w:author} and {@code w:date}.
 *
 * @param author the author, never blank (Word requires one)
 * @param date an {@code xsd:dateTime} in UTC ("2025-12-18T00:00:00Z"), or null for none
 */
public record Change(String author, String date) {

  /** The author Word shows when the source named none. */
  public static final String UNKNOWN_AUTHOR = "Unknown";

  /**
   * The date written where Word requires one and the source gave none (move ranges): fixed, so that
   * outputs stay byte-identical from run to run.
   */
  public static final String UNDATED = "1970-01-01T00:00:00Z";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  public Change {
    author = author == null || author.isBlank() ? UNKNOWN_AUTHOR : author.strip();
  }

  /**
   * The date, or {@link #UNDATED} when there is none: for the elements on which Word requires
   * {@code w:date}.
   */
  public String requiredDate() {
    return date == null ? UNDATED : date;
  }

  /** A change by {@code author} on {@code date} (midnight UTC), or with no date. */
  public static Change of(String author, LocalDate date) {
    return new Change(author, date == null ? null : UTC.format(date.atStartOfDay()));
  }

  /**
   * A change by {@code author} at a time written by a source: an ISO date ("2025-12-18"), a date
   * and time with or without an offset; anything else gives no date.
   */
  public static Change of(String author, String isoDate) {
    return new Change(author, normalize(isoDate));
  }

  /** An ISO date or date-time as a UTC {@code xsd:dateTime}, or null when it is not one. */
  static String normalize(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String s = iso.strip();
    try {
      return UTC.format(OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not with an offset: try the other ISO shapes
    }
    try {
      return UTC.format(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return UTC.format(LocalDate.parse(s).atStartOfDay());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
