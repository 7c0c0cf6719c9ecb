package org.draftkit.importer.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

class TextImporterContractTest extends ImporterContract {
  @Override
  protected DocumentImporter importer() {
    return new TextImporter();
  }

  @Override
  protected byte[] sample() {
    return ("The General Assembly,\n\nRecalling its resolution 70/125,\n\n"
            + "1. Reaffirms the commitment\nto an inclusive information society;\n"
            + "(a) By all stakeholders;\n")
        .getBytes(UTF_8);
  }

  @Override
  protected Detection expectedDetection() {
    return Detection.WEAK;
  }
}
