package org.draftkit.importer.unpdf.internal;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether a PDF's trailer is intact: an {@code %%EOF} marker at the end and a {@code
 * startxref} offset that points at a cross-reference table or stream. PDFBox silently rebuilds a
 * broken file by scanning it; this check lets the importer say so.
 */
final class StructureCheck {

  private StructureCheck() {}

  /** A description of the damage, or null when the trailer is intact. */
  static String damage(byte[] pdf) {
    int tailStart = Math.max(0, pdf.length - 1024);
    String tail = new String(pdf, tailStart, pdf.length - tailStart, StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      return "the file is truncated (no %%EOF marker at the end)";
    }
    int sx = tail.lastIndexOf("startxref");
    if (sx < 0) {
      return "the file has no startxref pointer";
    }
    String rest = tail.substring(sx + "startxref".length()).strip();
    int end = 0;
    while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 12) {
      return "the startxref pointer is not a number";
    }
    long offset = Long.parseLong(rest.substring(0, end));
    if (offset <= 0 || offset >= pdf.length) {
      return "the startxref pointer lies outside the file";
    }
    String at =
        new String(
                pdf,
                (int) offset,
                (int) Math.min(32, pdf.length - offset),
                StandardCharsets.ISO_8859_1)
            .strip();
    if (at.startsWith("xref") || at.matches("(?s)^\\d+\\s+\\d+\\s+obj.*")) {
      return null;
    }
    return "the startxref pointer does not point at a cross-reference table";
  }
}
