package org.draftkit.importer.unpdf;

import java.io.IOException;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

class UnPdfImporterContractTest extends ImporterContract {

  @Override
  protected DocumentImporter importer() {
    return new UnPdfImporter();
  }

  @Override
  protected byte[] sample() throws IOException {
    return new PdfFixture()
        .page()
        .text(72, 100, PdfFixture.BOLD, 12, "I. Introduction")
        .text(96, 130, "1. We reaffirm our commitment to the vision of the World Summit on the")
        .text(72, 142, "Information Society.")
        .bytes();
  }

  @Override
  protected Detection expectedDetection() {
    return Detection.CERTAIN;
  }
}
