package org.draftkit.importer.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.importer.html.internal.HtmlReader;
import org.draftkit.importer.html.internal.HtmlSniffer;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * Reads HTML pages and HTML renderings of UN documents (format id {@code html}).
 *
 * <ul>
 *   <li>Paragraphs, headings ({@code <h1>}–{@code <h6>}), list items with the label a browser shows
 *       ({@code <ol start type reversed>}, {@code <li value>}; nested lists become sub-items),
 *       table cells in reading order, {@code <br>} as a space.
 *   <li>Marks: {@code <del>} delete, {@code <ins>} insert, {@code <s>}/{@code <strike>} strike,
 *       {@code <u>} underline, {@code <b>}/{@code <strong>} bold, {@code <i>}/{@code <em>} italic,
 *       and the same from inline CSS ({@code text-decoration}, {@code font-weight}, {@code
 *       font-style}).
 *   <li>Footnote references ({@code <sup><a href="#fn1">}, {@code class="footnote-ref"}, Word's
 *       {@code #_ftn1}) as marked runs; their bodies ({@code <section class="footnotes">}, {@code
 *       <div id="fn1">}, {@code <li id="fn1">}) as footnotes, out of the text.
 *   <li>Scripts and styles are not text. Hidden elements, navigation, banners, side boxes and other
 *       page chrome are left out with a diagnostic that counts their words.
 *   <li>Metadata from {@code <title>}, {@code <html lang>}, Dublin Core and {@code citation_*} meta
 *       tags and the UN front matter at the top of the text (symbol, distribution, date, session).
 * </ul>
 *
 * <p>Malformed markup is repaired, never refused; binary content is a {@link
 * org.draftkit.CorruptDocumentException}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlImporter implements DocumentImporter {

  private static final FormatInfo FORMAT =
      new FormatInfo("html", "HTML", List.of("html", "htm", "xhtml"), "text/html");

  /** Creates the importer (ServiceLoader needs this constructor). */
  public HtmlImporter() {
    // stateless
  }

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  /**
   * {@link Detection#CERTAIN} for a document starting (after a byte-order mark, whitespace and
   * comments) with {@code <!doctype html} or {@code <html}; {@link Detection#LIKELY} for text that
   * starts with another HTML tag or carries several of them; {@link Detection#NO} otherwise.
   */
  @Override
  public Detection detect(byte[] head) {
    try {
      return HtmlSniffer.detect(head);
    } catch (RuntimeException e) {
      // detection must never throw: unreadable bytes are simply not HTML
      return Detection.NO;
    }
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    return HtmlReader.read(readBounded(in, context), context);
  }

  private static byte[] readBounded(InputStream in, ImportContext context)
      throws IOException, LimitExceededException {
    long max = context.limits().maxInputBytes();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      if (total > max) {
        throw new LimitExceededException(
            context.sourceName(), "input is over the limit of " + max + " bytes");
      }
      buf.write(chunk, 0, n);
    }
    return buf.toByteArray();
  }
}
