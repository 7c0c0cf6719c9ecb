package org.draftkit.importer.markdown;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.ImportContext;

/** Prints the dump of files given as arguments (for looking at output while developing). */
public final class DumpMain {
  private DumpMain() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      Path p = Path.of(a);
      DocumentImporter importer = a.endsWith(".txt") ? new TextImporter() : new MarkdownImporter();
      try (InputStream in = Files.newInputStream(p)) {
        System.out.println(
            DocumentDump.dump(importer.read(in, ImportContext.of(p.getFileName().toString()))));
      }
    }
  }
}
