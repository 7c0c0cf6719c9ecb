package org.draftkit.importer.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.draftkit.ImportException;
import org.draftkit.importer.markdown.internal.FrontMatter;
import org.draftkit.importer.markdown.internal.MarkdownBlocks;
import org.draftkit.importer.markdown.internal.Parsed;
import org.draftkit.importer.markdown.internal.Structuring;
import org.draftkit.importer.markdown.internal.TextInput;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads Markdown submissions and transcriptions of UN texts (format id {@code md}) with
 * commonmark-java and its strikethrough extension.
 *
 * <p>What comes out: headings (a leading "I." or "A." parsed as the label); every paragraph, quoted
 * paragraph and list item as its own paragraph, numbered where the source numbers it ("66." as an
 * ordered-list item keeps the number written in the source, "83 bis." or a bold "**66 bis**" at the
 * start of the text); sub-items "(a)", "(i)" with their parent; marks for {@code ~~strike~~}
 * (strike), {@code **bold**} (bold), {@code *italic*} (italic) and inline HTML {@code <del>}
 * (delete), {@code <s>}/{@code <strike>} (strike), {@code <ins>} (insert), {@code <u>} (underline),
 * {@code <b>}/{@code <strong>} (bold); link text and code spans as text; line breaks as spaces;
 * footnotes in the {@code [^1]} syntax; metadata from YAML front matter (title, date, author,
 * language, symbol), else the first heading as title. Numbered paragraphs are operative; in a text
 * with numbered paragraphs, the unnumbered "Recalling …," paragraphs before them are preambular.
 *
 * <p><b>Detection.</b> {@link Detection#LIKELY} for text that shows Markdown syntax (headings,
 * {@code **}, {@code ~~}, links, front matter, quote or list lines), {@link Detection#WEAK} for any
 * other text, {@link Detection#NO} for binary content.
 *
 * <p><b>Errors.</b> Binary content, invalid UTF-8 (a byte order mark is fine) and empty or blank
 * input are {@link org.draftkit.CorruptDocumentException}s; input over the byte limit a {@link
 * org.draftkit.LimitExceededException}.
 *
 * <p><b>Threads.</b> Immutable; one instance serves any number of threads.
 *
 * @since 0.1
 */
public final class MarkdownImporter implements DocumentImporter {

  private static final FormatInfo FORMAT =
      new FormatInfo("md", "Markdown", List.of("md", "markdown"), "text/markdown");
  private static final Pattern STRONG_SYNTAX =
      Pattern.compile(
          "(?m)^#{1,6}[ \\t]+\\S|\\*\\*\\S[^\\n]*?\\*\\*|~~\\S[^\\n]*?~~|\\[[^\\]\\n]+\\]\\([^)\\s]*\\)"
              + "|^\\[[^\\]\\n]+\\]:[ \\t]+\\S|\\A(?:\\uFEFF)?---\\n[A-Za-z_]+:");
  private static final Pattern LINE_SYNTAX = Pattern.compile("(?m)^(?:>[ \\t]|[-*+][ \\t]+\\S)");
  private static final Pattern FOREIGN_MARKUP = Pattern.compile("\\A(?:\\uFEFF)?\\s*[<{]");

  private final MarkdownBlocks markdown = new MarkdownBlocks();
  private final Structuring structuring = new Structuring("md");

  /** A Markdown importer. */
  public MarkdownImporter() {}

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Detection detect(byte[] head) {
    if (head == null || TextInput.sniff(head) != TextInput.Sniff.TEXT) {
      return Detection.NO;
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (FOREIGN_MARKUP.matcher(text).lookingAt()) {
      return Detection.WEAK;
    }
    if (STRONG_SYNTAX.matcher(text).find()) {
      return Detection.LIKELY;
    }
    var lines = LINE_SYNTAX.matcher(text);
    int count = 0;
    while (lines.find()) {
      if (++count >= 2) {
        return Detection.LIKELY;
      }
    }
    return Detection.WEAK;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(context, "context");
    String source = context.sourceName();
    String text = TextInput.read(in, context);
    List<Diagnostic> notes = new ArrayList<>();
    Metadata.Builder meta = Metadata.builder().source(source);
    int firstLine = 1;
    var frontMatter = FrontMatter.find(text);
    if (frontMatter.isPresent()) {
      FrontMatter fm = frontMatter.get();
      fm.value("title").ifPresent(meta::title);
      fm.date().ifPresent(meta::date);
      fm.value("author").or(() -> fm.value("authors")).ifPresent(meta::author);
      fm.value("lang").or(() -> fm.value("language")).ifPresent(meta::language);
      fm.value("symbol").ifPresent(meta::symbol);
      notes.add(
          Diagnostic.info(
              "md.front-matter",
              "front matter read (keys: " + String.join(", ", fm.values().keySet()) + ")",
              SourceLocation.line(source, 1)));
      text = fm.body();
      firstLine = fm.lineCount() + 1;
    }
    Parsed parsed = markdown.read(text, firstLine, source);
    notes.addAll(parsed.diagnostics());
    return structuring.document(parsed.blocks(), parsed.footnotes(), notes, meta.build(), source);
  }
}
