package org.draftkit.importer.docx;

import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

class DocxImporterContractTest extends ImporterContract {
  private static final DocumentImporter IMPORTER = new DocxImporter();

  @Override
  protected DocumentImporter importer() {
    return IMPORTER;
  }

  @Override
  protected byte[] sample() {
    return DocxFixture.body(
            DocxFixture.p("Recalling its resolution 70/1,")
                + "<w:p><w:r><w:t>1. Decides to convene a meeting.</w:t></w:r></w:p>")
        .bytes();
  }

  @Override
  protected Detection expectedDetection() {
    return Detection.CERTAIN;
  }
}
