package org.draftkit.testkit.stub;

import java.io.InputStream;
import java.util.List;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/** A stub importer with a bug (format "boom"): reading always throws a NullPointerException. */
public final class ExplodingImporter implements DocumentImporter {

  @Override
  public FormatInfo format() {
    return new FormatInfo("boom", "Exploding", List.of("boom"), "application/x-boom");
  }

  @Override
  public Detection detect(byte[] head) {
    return Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) {
    throw new NullPointerException("importer bug");
  }
}
