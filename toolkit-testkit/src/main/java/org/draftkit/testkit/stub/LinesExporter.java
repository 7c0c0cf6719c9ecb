package org.draftkit.testkit.stub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * A stub exporter: "label|text" per paragraph, as text/plain. It wins over the real plain-text
 * exporter when both are present, so that tests see this compact shape.
 */
public final class LinesExporter implements Exporter<Document> {

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public FormatInfo format() {
    return new FormatInfo("txt", "Test text", List.of("txt"), "text/plain");
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public void write(Document value, OutputStream out, ExportContext context) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Paragraph p : value.paragraphs()) {
      text.append(p.label() == null ? "" : p.label()).append('|').append(p.text()).append('\n');
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
