package org.draftkit.spi;

import java.util.List;
import java.util.Objects;

/**
 * A file format as the user names it.
 *
 * @param id the short name used by {@code --from}/{@code --to} ("pdf", "docx", "md")
 * @param name a human name ("UN PDF")
 * @param extensions file extensions without the dot, lower case
 * @param mediaType the IANA media type
 * @since 0.1
 */
public record FormatInfo(String id, String name, List<String> extensions, String mediaType) {
  public FormatInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
