package org.example.draftkit.akn;

import java.io.IOException;
import java.io.InputStream;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

/** The conformance tests every draftkit importer passes: one class to extend. */
class AknImporterContractTest extends ImporterContract {

  @Override
  protected DocumentImporter importer() {
    return new AknImporter();
  }

  @Override
  protected byte[] sample() throws IOException {
    try (InputStream in = AknImporterContractTest.class.getResourceAsStream("/un-draft-resolution.akn.xml")) {
      return in.readAllBytes();
    }
  }
}
