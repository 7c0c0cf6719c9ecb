package org.draftkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.draftkit.ExportException;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ExportContext;
import org.draftkit.testkit.ImporterContract;

class JsonImporterContractTest extends ImporterContract {
  @Override
  protected DocumentImporter importer() {
    return new JsonImporter();
  }

  @Override
  protected byte[] sample() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DocumentJsonExporter().write(SampleDocuments.resolution(), out, ExportContext.defaults());
    } catch (ExportException e) {
      throw new IOException(e);
    }
    return out.toByteArray();
  }
}
