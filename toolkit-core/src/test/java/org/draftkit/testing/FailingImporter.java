package org.draftkit.testing;

import java.util.List;
import org.draftkit.spi.Detection;

/** A provider whose constructor fails, to prove discovery reports it. */
public final class FailingImporter extends DelegatingImporter {
  public FailingImporter() {
    super(new StubImporter("failing", List.of("fail"), h -> Detection.NO, 0));
    throw new IllegalStateException("missing native library");
  }
}
