package org.draftkit.importer.unpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.draftkit.ImportException;
import org.draftkit.model.Document;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every PDF in the shared corpus imports, or fails with a typed import exception naming it. Without
 * the OCR plugin (not on this module's class path) the three BBNJ PDFs whose text layer is broken
 * are refused with "no usable text", and no other.
 */
class CorpusSweepTest {

  @Test
  void everyCorpusPdfImportsOrFailsWithATypedError() throws Exception {
    Path root = Corpus.root().orElse(null);
    Assumptions.assumeTrue(root != null, "corpus absent: skipped");
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(root)) {
      pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
    }
    assertTrue(pdfs.size() > 50, "found " + pdfs.size() + " PDFs");
    UnPdfImporter importer = new UnPdfImporter();
    List<String> problems = new ArrayList<>();
    int imported = 0;
    List<String> noUsableText = new ArrayList<>();
    for (Path p : pdfs) {
      String name = root.relativize(p).toString();
      try (InputStream in = Files.newInputStream(p)) {
        Document d = importer.read(in, ImportContext.of(name));
        assertNotNull(d);
        imported++;
      } catch (ImportException e) {
        if (e.getMessage().startsWith(name + ": no usable text: ")) {
          noUsableText.add(name);
        }
        if (!e.getMessage().startsWith(name + ": ")) {
          problems.add(name + ": message does not name the file: " + e.getMessage());
        }
      } catch (RuntimeException | Error e) {
        problems.add(name + ": " + e);
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    String bbnj = "un-drafts/bbnj-agreement-2023/bbnj-agreement-2023_";
    assertEquals(List.of(bbnj + "ar.pdf", bbnj + "ru.pdf", bbnj + "zh.pdf"), noUsableText);
    assertTrue(
        imported + noUsableText.size() > pdfs.size() - 5,
        imported + " of " + pdfs.size() + " imported");
  }
}
