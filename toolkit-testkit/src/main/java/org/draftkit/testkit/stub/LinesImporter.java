package org.draftkit.testkit.stub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/**
 * A stub importer (format "lines"): one paragraph per non-blank line, "N. text" numbered; refuses
 * binary content.
 */
public final class LinesImporter implements DocumentImporter {

  @Override
  public FormatInfo format() {
    return new FormatInfo("lines", "Test lines", List.of("lines"), "text/x-lines");
  }

  @Override
  public Detection detect(byte[] head) {
    return Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    byte[] bytes = in.readAllBytes();
    for (byte b : bytes) {
      if (b == 0) {
        throw new CorruptDocumentException(context.sourceName(), "binary content, not text");
      }
    }
    Document.Builder doc = Document.builder();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      ParagraphNumber number = null;
      int dot = line.indexOf(". ");
      if (dot > 0 && line.substring(0, dot).chars().allMatch(Character::isDigit)) {
        number = ParagraphNumber.of(line.substring(0, dot));
        line = line.substring(dot + 2);
      }
      doc.add(
          number,
          number == null ? ParagraphKind.OTHER : ParagraphKind.OPERATIVE,
          List.of(Run.plain(line)),
          null,
          SourceLocation.line(context.sourceName(), i + 1));
    }
    return doc.build();
  }
}
