package org.draftkit.spi;

import java.io.IOException;
import java.io.InputStream;
import org.draftkit.ImportException;
import org.draftkit.model.Document;

/**
 * Reads one file format into a {@link Document}.
 *
 * <p><b>Discovery.</b> Implementations are found through {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/org.draftkit.spi.DocumentImporter} entry and a public no-argument constructor)
 * or registered on {@link org.draftkit.Toolkit.Builder#importer}.
 *
 * <p><b>Selection.</b> The toolkit asks every importer to {@link #detect} the first bytes; the
 * surest answer wins, ties go to the higher {@link #priority()}, then to the format id. The file
 * extension decides only when no importer is more than {@link Detection#WEAK}ly sure. Load order
 * never matters.
 *
 * <p><b>Threads.</b> Instances are shared: {@link #read} may be called from many threads at once
 * and must keep no per-call state in fields. Expensive setup (a parser factory, compiled tables)
 * belongs in a lazily initialised field of the instance, never in static mutable state.
 *
 * <p><b>Errors.</b> Content that cannot be read is an {@link ImportException} subclass whose
 * message names {@link ImportContext#sourceName()} and the reason; the library's exception is its
 * cause. Oddities that do not stop the import (text dropped as a running head, an unparseable
 * number) are {@link org.draftkit.model.Diagnostic}s on the returned document. Nothing of the
 * source text may disappear without one.
 *
 * @since 0.1
 */
public interface DocumentImporter {

  /** The format this importer reads. */
  FormatInfo format();

  /** Breaks ties between importers equally sure of an input; higher wins. Default 0. */
  default int priority() {
    return 0;
  }

  /**
   * Says how sure the importer is that {@code head} starts a file it reads. Must be fast and must
   * not throw.
   *
   * @param head the first bytes of the input (up to 8 KiB; fewer for short inputs; never null)
   */
  Detection detect(byte[] head);

  /**
   * Reads a document.
   *
   * @param in the input; the caller owns and closes it, the importer must not close it
   * @param context the source name, limits and options
   * @return the document, with diagnostics for anything noteworthy
   * @throws ImportException when the content cannot be read
   * @throws IOException when reading the stream fails
   */
  Document read(InputStream in, ImportContext context) throws ImportException, IOException;
}
