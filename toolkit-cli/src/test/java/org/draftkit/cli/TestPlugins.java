package org.draftkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.draftkit.Toolkit;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.json.JsonText;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.testkit.stub.ExplodingImporter;

/**
 * Small plugins with known behaviour, so that the command tests do not depend on how the real
 * format plugins evolve: text lines in, JSON / text / a binary format out.
 */
final class TestPlugins {

  private TestPlugins() {}

  /** A toolkit with only the test plugins. */
  static Toolkit toolkit() {
    return Toolkit.builder()
        .importer(new LinesImporter())
        .importer(new ExplodingImporter())
        .exporter(new JsonExporter())
        .exporter(new TextExporter())
        .exporter(new BinaryExporter())
        .build();
  }

  /**
   * Reads UTF-8 text, one paragraph per non-blank line; refuses binary content like a real
   * importer.
   */
  static final class LinesImporter implements DocumentImporter {
    @Override
    public FormatInfo format() {
      return new FormatInfo("md", "Lines of text", List.of("md", "txt"), "text/plain");
    }

    @Override
    public Detection detect(byte[] head) {
      return isText(head) ? Detection.WEAK : Detection.NO;
    }

    @Override
    public Document read(InputStream in, org.draftkit.spi.ImportContext context)
        throws IOException, UnsupportedFormatException {
      byte[] bytes = in.readAllBytes();
      if (!isText(bytes)) {
        throw new UnsupportedFormatException(context.sourceName(), "binary content, not text");
      }
      Document.Builder b = Document.builder().metadata(Metadata.builder().title("test").build());
      int line = 0;
      for (String s : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        line++;
        if (s.strip().equals("DROP")) {
          b.diagnostic(
              Diagnostic.warning(
                  "test.dropped",
                  "line " + line + " dropped",
                  SourceLocation.line(context.sourceName(), line)));
        } else if (!s.isBlank()) {
          b.add(
              null,
              ParagraphKind.OTHER,
              List.of(Run.plain(s.strip())),
              null,
              SourceLocation.line(context.sourceName(), line));
        }
      }
      return b.build();
    }

    private static boolean isText(byte[] bytes) {
      for (byte x : bytes) {
        if (x == 0) {
          return false;
        }
      }
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
        return true;
      } catch (CharacterCodingException e) {
        return false;
      }
    }
  }

  /** Writes the paragraph texts as a JSON array. */
  static final class JsonExporter implements Exporter<Document> {
    @Override
    public FormatInfo format() {
      return new FormatInfo("json", "Test JSON", List.of("json"), "application/json");
    }

    @Override
    public Class<Document> resultType() {
      return Document.class;
    }

    @Override
    public void write(Document doc, OutputStream out, ExportContext context) throws IOException {
      String json =
          JsonText.write(
              Map.of("paragraphs", doc.paragraphs().stream().map(Paragraph::text).toList()));
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes one paragraph per line. */
  static final class TextExporter implements Exporter<Document> {
    @Override
    public FormatInfo format() {
      return new FormatInfo("txt", "Test text", List.of("txt"), "text/plain");
    }

    @Override
    public Class<Document> resultType() {
      return Document.class;
    }

    @Override
    public void write(Document doc, OutputStream out, ExportContext context) throws IOException {
      for (Paragraph p : doc.paragraphs()) {
        out.write((p.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** A binary format: it must go to a file. */
  static final class BinaryExporter implements Exporter<Document> {
    @Override
    public FormatInfo format() {
      return new FormatInfo("bin", "Test binary", List.of("bin"), "application/octet-stream");
    }

    @Override
    public Class<Document> resultType() {
      return Document.class;
    }

    @Override
    public boolean binary() {
      return true;
    }

    @Override
    public void write(Document doc, OutputStream out, ExportContext context) throws IOException {
      out.write(new byte[] {0, 1, 2, (byte) doc.paragraphs().size()});
    }
  }
}
