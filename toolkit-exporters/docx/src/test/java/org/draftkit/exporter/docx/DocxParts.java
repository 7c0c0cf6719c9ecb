package org.draftkit.exporter.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;

/** Test helper: writes a value with an exporter and opens the package's parts. */
final class DocxParts {
  private DocxParts() {}

  static <T> byte[] bytes(Exporter<T> exporter, T value) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(value, out, ExportContext.defaults());
    return out.toByteArray();
  }

  /** Every entry of the package, in zip order, as UTF-8 text. */
  static Map<String, String> parts(byte[] docx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /**
   * A part without its root element's namespace declarations (the same long list in every part).
   */
  static String golden(String xml) {
    return xml.replaceAll("\\s+xmlns:[A-Za-z0-9]+=\"[^\"]*\"", "")
        .replaceAll("\\s+mc:Ignorable=\"[^\"]*\"", "");
  }

  static int count(String xml, String regex) {
    Matcher m = Pattern.compile(regex).matcher(xml);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
