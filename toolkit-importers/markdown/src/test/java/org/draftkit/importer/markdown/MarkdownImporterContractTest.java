package org.draftkit.importer.markdown;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

class MarkdownImporterContractTest extends ImporterContract {
  @Override
  protected DocumentImporter importer() {
    return new MarkdownImporter();
  }

  @Override
  protected byte[] sample() {
    return ("# Outcome\n\n*Recalling* its resolution 70/125,\n\n"
            + "1. We ~~reaffirm~~ **recognize** that Internet governance must continue to be global;\n\n"
            + "   (a) by all stakeholders;\n")
        .getBytes(UTF_8);
  }
}
