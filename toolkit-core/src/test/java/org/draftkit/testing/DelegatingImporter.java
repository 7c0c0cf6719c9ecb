package org.draftkit.testing;

import java.io.IOException;
import java.io.InputStream;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;

/** Forwards to another importer; lets test providers have no-argument constructors. */
public class DelegatingImporter implements DocumentImporter {
  private final DocumentImporter delegate;

  protected DelegatingImporter(DocumentImporter delegate) {
    this.delegate = delegate;
  }

  @Override
  public FormatInfo format() {
    return delegate.format();
  }

  @Override
  public Detection detect(byte[] head) {
    return delegate.detect(head);
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    return delegate.read(in, context);
  }
}
