package org.draftkit.spi;

/**
 * How sure an importer is, from the first bytes, that it reads an input.
 *
 * @since 0.1
 */
public enum Detection {
  /** Not this format. */
  NO,
  /**
   * Could be (any UTF-8 text could be Markdown): used only when nothing is surer and the extension
   * does not decide.
   */
  WEAK,
  /** Probably this format (a zip that may be DOCX, text that looks like our JSON). */
  LIKELY,
  /** Certainly this format (a {@code %PDF-} header). */
  CERTAIN
}
