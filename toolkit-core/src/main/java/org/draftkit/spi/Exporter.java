package org.draftkit.spi;

import java.io.IOException;
import java.io.OutputStream;
import org.draftkit.ExportException;

/**
 * Writes one kind of result (a {@link org.draftkit.model.Document}, a comparison, a consolidation,
 * a position table) in one format.
 *
 * <p>Discovered like {@link DocumentImporter}: a {@code
 * META-INF/services/org.draftkit.spi.Exporter} entry, or {@link
 * org.draftkit.Toolkit.Builder#exporter}. For one result type and format the exporter with the
 * highest {@link #priority()} wins.
 *
 * <p><b>Threads.</b> Instances are shared and {@link #write} may run concurrently.
 * <b>Determinism.</b> The same value gives byte-identical output: no timestamps, no hash order.
 *
 * @param <T> the result type written
 * @since 0.1
 */
public interface Exporter<T> {

  /** The format written ("json", "md", "html", "docx", "txt", "csv"). */
  FormatInfo format();

  /** The result type this exporter writes. */
  Class<T> resultType();

  /** True when the output is not text (it then needs a file, not the console). */
  default boolean binary() {
    return false;
  }

  /** Breaks ties between exporters of the same type and format; higher wins. Default 0. */
  default int priority() {
    return 0;
  }

  /**
   * Writes the value.
   *
   * @param value the result to write, never null
   * @param out the destination; the caller owns and closes it, the exporter must not close it (it
   *     may flush it)
   * @param context the target name and options
   * @throws ExportException when the value cannot be expressed in this format
   * @throws IOException when writing fails
   */
  void write(T value, OutputStream out, ExportContext context) throws ExportException, IOException;
}
