package org.draftkit.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * A test importer for ".note" and ".memo" files: one paragraph per line. "CORRUPT" in the text is a
 * corrupt document, "BUG" an importer bug, "SLOW" a slow read, "WARN" a diagnostic; the option
 * "mark" is appended to every line. Counts reads and the most reads in flight at once.
 */
final class NoteImporter implements DocumentImporter {
  final AtomicInteger reads = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();

  @Override
  public FormatInfo format() {
    return new FormatInfo("note", "Note", List.of("note", "memo"), "text/x-note");
  }

  @Override
  public Detection detect(byte[] head) {
    return Detection.WEAK;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    reads.incrementAndGet();
    try {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.contains("CORRUPT")) {
        throw new CorruptDocumentException(context.sourceName(), "not a note");
      }
      if (text.contains("BUG")) {
        throw new IllegalStateException("importer bug");
      }
      if (text.contains("SLOW")) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Document.Builder b = Document.builder();
      String mark = context.option("mark").map(m -> " " + m).orElse("");
      for (String line : text.split("\n")) {
        b.add(null, ParagraphKind.OTHER, List.of(Run.plain(line + mark)), null, null);
        if (line.contains("WARN")) {
          b.diagnostic(Diagnostic.warning("note.warn", "a warning", null));
        }
      }
      return b.build();
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
