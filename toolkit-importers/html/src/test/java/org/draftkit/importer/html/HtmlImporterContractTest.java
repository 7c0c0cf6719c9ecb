package org.draftkit.importer.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.testkit.ImporterContract;

class HtmlImporterContractTest extends ImporterContract {

  @Override
  protected DocumentImporter importer() {
    return new HtmlImporter();
  }

  @Override
  protected byte[] sample() {
    return ("<!DOCTYPE html><html lang=\"en\"><head><title>A/80/L.41</title></head><body>"
            + "<p><i>Recalling</i> its resolution 70/125,<sup><a href=\"#fn1\">1</a></sup></p>"
            + "<ol><li>Decides <del>to</del><ins>that</ins>:<ol type=\"a\"><li>first;</li></ol></li></ol>"
            + "<div id=\"fn1\">1 A/RES/70/125.</div></body></html>")
        .getBytes(UTF_8);
  }

  @Override
  protected Detection expectedDetection() {
    return Detection.CERTAIN;
  }
}
