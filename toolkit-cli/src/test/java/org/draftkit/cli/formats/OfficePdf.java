package org.draftkit.cli.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Exports Word documents to PDF with LibreOffice headless, as a negotiator's "Save as PDF" does.
 * The PDFs are cached in {@code target/office-pdf} under the SHA-256 of the DOCX bytes, so a test
 * run converts each generated draft once (all missing ones in one LibreOffice start) and a rerun
 * not at all. Tests calling {@link #export} are skipped with a message when {@code soffice} is
 * absent.
 */
final class OfficePdf {

  private static final Path CACHE = Path.of("target", "office-pdf");

  private OfficePdf() {}

  /** The PDF of each DOCX, in the same order; converts only what the cache lacks. */
  static synchronized List<Path> export(List<byte[]> docxFiles)
      throws IOException, InterruptedException {
    Files.createDirectories(CACHE);
    Map<String, byte[]> missing = new LinkedHashMap<>();
    List<Path> pdfs = new ArrayList<>();
    for (byte[] docx : docxFiles) {
      String key = sha256(docx);
      Path pdf = CACHE.resolve(key + ".pdf");
      pdfs.add(pdf);
      if (!Files.exists(pdf)) {
        missing.put(key, docx);
      }
    }
    if (missing.isEmpty()) {
      return pdfs;
    }
    String soffice = soffice();
    Assumptions.assumeTrue(
        soffice != null, "LibreOffice (soffice) is not installed: office-PDF tests skipped");
    Path work = Files.createTempDirectory("draftkit-office-pdf");
    Path profile = Files.createTempDirectory("draftkit-lo-profile");
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  soffice,
                  "-env:UserInstallation=" + profile.toUri(),
                  "--headless",
                  "--norestore",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  work.toString()));
      for (Map.Entry<String, byte[]> e : missing.entrySet()) {
        Path docx = work.resolve(e.getKey() + ".docx");
        Files.write(docx, e.getValue());
        cmd.add(docx.toString());
      }
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("soffice.log").toFile())
              .start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(
            "LibreOffice took more than 300 s to export " + missing.size() + " documents");
      }
      for (String key : missing.keySet()) {
        Path out = work.resolve(key + ".pdf");
        if (!Files.exists(out)) {
          throw new IOException(
              "LibreOffice wrote no PDF for "
                  + key
                  + ".docx (exit "
                  + p.exitValue()
                  + "): "
                  + Files.readString(work.resolve("soffice.log")));
        }
        // atomic: a concurrent run never reads half a PDF
        Path tmp = CACHE.resolve(key + ".pdf.tmp");
        Files.copy(out, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, CACHE.resolve(key + ".pdf"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      deleteTree(work);
      deleteTree(profile);
    }
    return pdfs;
  }

  /** The soffice executable on the PATH, or null. */
  static String soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
