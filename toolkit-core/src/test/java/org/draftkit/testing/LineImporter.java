package org.draftkit.testing;

import java.util.List;
import org.draftkit.spi.Detection;

/** A working provider listed in the test META-INF/services. */
public final class LineImporter extends DelegatingImporter {
  public LineImporter() {
    super(new StubImporter("lines", List.of("lines"), h -> Detection.WEAK, 0));
  }
}
