package org.draftkit.model;

/**
 * Where in a submission a proposal or stance was found, and the words that say so.
 *
 * @param source the submission's name
 * @param location where in it
 * @param quote the words, as written
 * @since 0.1
 */
public record Evidence(String source, SourceLocation location, String quote) {
  public Evidence {
    location = location == null ? SourceLocation.UNKNOWN : location;
    quote = quote == null ? "" : quote;
  }
}
