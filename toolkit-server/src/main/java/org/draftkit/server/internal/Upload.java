package org.draftkit.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.draftkit.ConvertRequest;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;

/**
 * One uploaded file, its content not yet read.
 *
 * @param name the file name the client sent (no directories), used as the source name
 * @param size the size in bytes
 * @param content the content; closed by whoever reads it
 */
public record Upload(String name, long size, InputStream content) {

  /**
   * Reads the upload as a document with importer options ({@code ocr}, {@code lang}) and closes its
   * content.
   *
   * @param format the format to read it as, or null to detect it
   * @throws ImportException when it cannot be read (the message starts with the upload's name)
   */
  public Document read(Toolkit toolkit, String format, Map<String, String> options)
      throws ImportException {
    try (InputStream in = content) {
      ConvertRequest.Builder request = ConvertRequest.builder().stream(in, name);
      if (format != null) {
        request.from(format);
      }
      options.forEach(request::option);
      return toolkit.convert(request.build());
    } catch (
        IOException e) { // only closing can fail here: Toolkit.read reports reading errors itself
      throw new ImportException(name, "cannot be read: " + e.getMessage(), e);
    }
  }
}
