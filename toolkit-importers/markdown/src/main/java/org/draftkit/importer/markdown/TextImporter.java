package org.draftkit.importer.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.draftkit.ImportException;
import org.draftkit.importer.markdown.internal.Line;
import org.draftkit.importer.markdown.internal.Parsed;
import org.draftkit.importer.markdown.internal.PlainTextLayout;
import org.draftkit.importer.markdown.internal.Structuring;
import org.draftkit.importer.markdown.internal.TextInput;
import org.draftkit.importer.markdown.internal.TextLayout;
import org.draftkit.importer.markdown.internal.UnTextLayout;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads plain text (format id {@code txt}): paragraphs separated by blank lines or begun by a line
 * that starts with a paragraph label ("66.", "(a)", "83 bis"); labels, sub-items and kinds as
 * {@link MarkdownImporter} gives them; a single line in capitals is a heading. No marks: plain text
 * has none. Text extracted from a UN PDF by another tool (page numbers such as "3/20", the symbol
 * repeated on every page) is first cleaned of its masthead, running heads and footnote bodies by
 * {@link UnTextLayout}.
 *
 * <p><b>Detection.</b> {@link Detection#WEAK} for any text (the file extension, or a surer importer
 * such as Markdown when the text shows its syntax, decides), {@link Detection#NO} for binary
 * content.
 *
 * <p><b>Errors.</b> As {@link MarkdownImporter}: binary, invalid UTF-8 and empty input are {@link
 * org.draftkit.CorruptDocumentException}s, input over the byte limit a {@link
 * org.draftkit.LimitExceededException}.
 *
 * <p><b>Threads.</b> Immutable; one instance serves any number of threads.
 *
 * @since 0.1
 */
public final class TextImporter implements DocumentImporter {

  private static final FormatInfo FORMAT =
      new FormatInfo("txt", "Plain text", List.of("txt", "text"), "text/plain");

  private final TextLayout layout = new PlainTextLayout();
  private final UnTextLayout unLayout = new UnTextLayout();
  private final Structuring structuring = new Structuring("txt");

  /** A plain-text importer. */
  public TextImporter() {}

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Detection detect(byte[] head) {
    return head != null && TextInput.sniff(head) == TextInput.Sniff.TEXT
        ? Detection.WEAK
        : Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(context, "context");
    String source = context.sourceName();
    List<Line> lines = Line.split(TextInput.read(in, context));
    // text extracted from a UN PDF (running heads, page numbers, footnotes in the flow) is cleaned
    // first
    Parsed parsed;
    Metadata metadata;
    if (UnTextLayout.recognises(lines)) {
      UnTextLayout.Read read = unLayout.read(lines, source);
      parsed = read.parsed();
      metadata = read.metadata();
    } else {
      // text flattened out of a UN PDF, one line per paragraph, is repaired like such HTML pages
      parsed = UnTextLayout.unflatten(layout.blocks(lines, source), source);
      metadata = Metadata.builder().source(source).build();
    }
    return structuring.document(
        parsed.blocks(), parsed.footnotes(), parsed.diagnostics(), metadata, source);
  }
}
