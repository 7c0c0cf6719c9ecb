package org.draftkit.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.draftkit.ExportException;
import org.draftkit.json.internal.DocumentMapping;
import org.draftkit.json.internal.JsonCodec;
import org.draftkit.model.Document;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link Document} as draftkit JSON (described by {@code
 * docs/schema/document.schema.json}): pretty-printed with a two-space indent, fields in a fixed
 * order, a trailing newline; byte-identical for equal documents. {@link JsonImporter} reads it back
 * into an equal document.
 *
 * <p>Thread-safe; one instance may serve any number of concurrent writes.
 *
 * @since 0.1
 */
public final class DocumentJsonExporter implements Exporter<Document> {

  /** The format written: id {@code json}, media type {@code application/json}. */
  public static final FormatInfo FORMAT =
      new FormatInfo("json", "draftkit JSON", List.of("json"), "application/json");

  private final JsonCodec codec = new JsonCodec();
  private final DocumentMapping mapping = new DocumentMapping();

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Class<Document> resultType() {
    return Document.class;
  }

  @Override
  public void write(Document value, OutputStream out, ExportContext context)
      throws ExportException, IOException {
    codec.write(mapping.toShape(value), out);
  }
}
