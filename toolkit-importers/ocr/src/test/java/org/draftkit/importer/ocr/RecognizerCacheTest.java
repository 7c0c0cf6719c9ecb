package org.draftkit.importer.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hOCR cache: a page read once is not read again; another page or language is. */
class RecognizerCacheTest {

  @TempDir Path dir;

  /** A stand-in for tesseract that logs each reading and answers one word per call. */
  private Path fakeTesseract() throws IOException {
    Path log = dir.resolve("calls.log");
    Path script = dir.resolve("tesseract");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "td=''",
            "if [ \"$1\" = --tessdata-dir ]; then td=\"$2\"; shift 2; fi",
            "case \"$1\" in",
            "  --version) echo 'tesseract 5.3.0'; exit 0;;",
            "  --list-langs) if [ -n \"$td\" ]; then printf 'List of available languages:\\nara\\n';"
                + " else printf 'List of available languages:\\neng\\nfra\\n'; fi; exit 0;;",
            "esac",
            "echo \"$td $*\" >> '" + log + "'",
            "echo \"<span class='ocr_line' title='bbox 10 10 200 40; baseline 0 -5; x_size 30'>"
                + "<span class='ocrx_word' title='bbox 10 10 80 40; x_wconf 91'>Article</span>"
                + "</span>\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static BufferedImage page(Color ink) {
    BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 60, 40);
    g.setColor(ink);
    g.fillRect(10, 10, 20, 5);
    g.dispose();
    return image;
  }

  private long calls() throws IOException {
    Path log = dir.resolve("calls.log");
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  @Test
  void aPageReadOnceIsReadFromTheCacheThereafter() throws IOException {
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows"), "the stand-in is a shell script");
    TesseractRecognizer ocr =
        new TesseractRecognizer(fakeTesseract().toString(), dir.resolve("cache"));
    Duration t = Duration.ofSeconds(20);

    RecognizedPage first = ocr.recognize(page(Color.BLACK), List.of("en"), t);
    RecognizedPage again = ocr.recognize(page(Color.BLACK), List.of("en"), t);
    assertEquals(1, calls(), "the same page in the same language is read once");
    assertEquals(first, again);
    assertEquals("Article", again.lines().get(0).words().get(0).text());

    ocr.recognize(page(Color.BLACK), List.of("fr"), t);
    assertEquals(2, calls(), "another language is another reading");
    ocr.recognize(page(Color.GRAY), List.of("en"), t);
    assertEquals(3, calls(), "another image is another reading");

    new TesseractRecognizer(fakeTesseract().toString(), null)
        .recognize(page(Color.BLACK), List.of("en"), t);
    assertEquals(4, calls(), "without a cache every page is read");
  }

  @Test
  void aLanguageDataDirectoryIsUsedAndKeyedApart() throws IOException {
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows"), "the stand-in is a shell script");
    Path program = fakeTesseract();
    Path best = dir.resolve("best");
    TesseractRecognizer ocr =
        new TesseractRecognizer(program.toString(), dir.resolve("cache"), best);
    Duration t = Duration.ofSeconds(20);
    // the languages are the directory's
    assertEquals(java.util.Optional.empty(), ocr.unavailable(List.of("ar")));
    assertTrue(ocr.unavailable(List.of("en")).orElseThrow().contains(best.toString()));

    ocr.recognize(page(Color.BLACK), List.of("ar"), t);
    assertTrue(Files.readAllLines(dir.resolve("calls.log")).get(0).startsWith(best + " "));
    new TesseractRecognizer(program.toString(), dir.resolve("cache"))
        .recognize(page(Color.BLACK), List.of("ar"), t);
    assertEquals(2, calls(), "the installed data's reading is another reading");
    ocr.recognize(page(Color.BLACK), List.of("ar"), t);
    assertEquals(2, calls(), "and each is cached");
  }
}
