package org.draftkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/** A configurable importer for registry and toolkit tests: one paragraph per line of input. */
public final class StubImporter implements DocumentImporter {
  private final FormatInfo format;
  private final Function<byte[], Detection> detector;
  private final int priority;

  public StubImporter(
      String id, List<String> extensions, Function<byte[], Detection> detector, int priority) {
    this.format = new FormatInfo(id, id.toUpperCase(), extensions, "text/x-" + id);
    this.detector = detector;
    this.priority = priority;
  }

  @Override
  public FormatInfo format() {
    return format;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public Detection detect(byte[] head) {
    return detector.apply(head);
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (text.contains("RUNTIME")) {
      throw new IllegalStateException("importer bug");
    }
    if (text.contains("ENCRYPTED")) {
      throw new EncryptedDocumentException(
          context.sourceName(), "password required", new IOException("library says no"));
    }
    Document.Builder b = Document.builder();
    for (String line : text.split("\n")) {
      b.add(null, ParagraphKind.OTHER, List.of(Run.plain(line)), null, null);
    }
    return b.build();
  }
}
