package org.draftkit.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Exporter} keeps. Extend it in one line, giving the exporter and a
 * sample value of its result type.
 *
 * @param <T> the result type
 * @since 0.1
 */
public abstract class ExporterContract<T> {

  /** The exporter under test. */
  protected abstract Exporter<T> exporter();

  /** A representative value to write. */
  protected abstract T sampleValue() throws Exception;

  private byte[] write() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().write(sampleValue(), out, ExportContext.defaults());
    return out.toByteArray();
  }

  @Test
  @SuppressWarnings("rawtypes") // a service of a generic interface is looked up by its raw class
  void isFoundByServiceLoader() {
    Class<?> type = exporter().getClass();
    boolean found = ServiceLoader.load(Exporter.class).stream().anyMatch(p -> p.type() == type);
    assertTrue(
        found, type.getName() + " is listed in META-INF/services/" + Exporter.class.getName());
  }

  @Test
  void formatIsDescribed() {
    var f = exporter().format();
    assertTrue(f.id().matches("[a-z0-9-]+"), "format id is lower-case: " + f.id());
    assertFalse(f.extensions().isEmpty(), "declares at least one extension");
  }

  @Test
  void writesSomething() throws Exception {
    assertTrue(write().length > 0);
  }

  @Test
  void isDeterministic() throws Exception {
    assertArrayEquals(write(), write(), "the same value gives byte-identical output");
  }

  @Test
  void textOutputIsUtf8() throws Exception {
    if (exporter().binary()) {
      return;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(write()));
    } catch (CharacterCodingException e) {
      throw new AssertionError("text output is valid UTF-8", e);
    }
  }

  @Test
  void doesNotCloseTheStream() throws Exception {
    boolean[] closed = {false};
    var out =
        new FilterOutputStream(new ByteArrayOutputStream()) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    exporter().write(sampleValue(), out, ExportContext.defaults());
    assertFalse(closed[0], "the caller owns the stream");
  }
}
