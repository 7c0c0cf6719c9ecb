package org.draftkit.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test resources under {@code /api/}: small documents written for the endpoint tests. */
public final class Fixtures {

  private Fixtures() {}

  /** The bytes of {@code /api/NAME}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/api/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /api/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes no importer reads as a document: a NUL and invalid UTF-8. */
  public static byte[] binary() {
    return new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7};
  }
}
