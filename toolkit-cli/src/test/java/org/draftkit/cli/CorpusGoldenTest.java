package org.draftkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.draftkit.DraftkitException;
import org.draftkit.Toolkit;
import org.draftkit.model.Comment;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.model.SourceLocation;
import org.draftkit.testkit.Corpus;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document of the shared corpus, read by the real importers, as JSON: the structure the
 * importers give today, one line per paragraph, footnote, comment and diagnostic, recorded in
 * {@code src/test/resources/golden/corpus/<path>.json} (a file that cannot be read records its
 * error). Any change in paragraphs, numbers, kinds, parents, footnotes, metadata or diagnostics
 * shows as a golden diff, to be reviewed and re-recorded on purpose with {@code
 * -Ddraftkit.golden.update=true} (or the environment variable {@code DRAFTKIT_GOLDEN_UPDATE=true});
 * {@code -Ddraftkit.golden.only=<part of a path>} checks only the matching files. Skips when the
 * corpus is absent.
 */
class CorpusGoldenTest {
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final Set<String> READABLE = Set.of("pdf", "docx", "html", "htm", "md", "txt");

  @TestFactory
  Stream<DynamicTest> everyCorpusDocumentMatchesItsGolden() throws IOException {
    Optional<Path> root = Corpus.root();
    Assumptions.assumeTrue(root.isPresent(), "corpus absent (../shared/corpus): skipped");
    if ("true".equalsIgnoreCase(System.getenv("DRAFTKIT_GOLDEN_UPDATE"))) {
      System.setProperty("draftkit.golden.update", "true");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.get())) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> READABLE.contains(extension(p)))
              .sorted()
              .toList();
    }
    String only = System.getProperty("draftkit.golden.only", "");
    return files.stream()
        .filter(f -> f.toString().contains(only))
        .map(
            file -> {
              String relative = root.get().relativize(file).toString().replace('\\', '/');
              return DynamicTest.dynamicTest(
                  relative,
                  () -> Golden.assertMatches("corpus/" + relative + ".json", render(file)));
            });
  }

  /**
   * The document's structure as JSON with one line per item, so that a diff shows each changed
   * paragraph: the metadata, then each paragraph (index, number, kind, parent, page or line, text,
   * and its marked runs), each footnote, comment and diagnostic; or the error when it cannot be
   * read.
   */
  static String render(Path file) throws IOException {
    Document doc;
    try {
      doc = TOOLKIT.read(Files.readAllBytes(file), file.getFileName().toString(), null, Map.of());
    } catch (DraftkitException e) {
      return "{\"error\": " + str(e.getClass().getSimpleName() + ": " + e.getMessage()) + "}\n";
    }
    StringBuilder out = new StringBuilder("{\"metadata\": ");
    Metadata m = doc.metadata();
    out.append("{\"symbol\": ")
        .append(str(m.symbol()))
        .append(", \"title\": ")
        .append(str(m.title()))
        .append(", \"revision\": ")
        .append(str(m.revision()))
        .append(", \"date\": ")
        .append(str(m.date() == null ? null : m.date().toString()))
        .append(", \"language\": ")
        .append(str(m.language()))
        .append(", \"author\": ")
        .append(str(m.author()))
        .append(", \"distribution\": ")
        .append(str(m.distribution()))
        .append(", \"session\": ")
        .append(str(m.session()))
        .append(", \"agendaItem\": ")
        .append(str(m.agendaItem()))
        .append("},\n");
    out.append("\"paragraphs\": [\n");
    for (Paragraph p : doc.paragraphs()) {
      out.append("{\"i\": ")
          .append(p.index())
          .append(", \"n\": ")
          .append(str(p.label()))
          .append(", \"kind\": ")
          .append(str(p.kind().name().toLowerCase(Locale.ROOT)))
          .append(", \"parent\": ")
          .append(p.parent())
          .append(", \"at\": ")
          .append(str(at(p.location())))
          .append(", \"text\": ")
          .append(str(p.text()))
          .append(marked(p.runs()))
          .append("},\n");
    }
    out.append("],\n\"footnotes\": [\n");
    for (Footnote f : doc.footnotes()) {
      out.append("{\"label\": ")
          .append(str(f.label()))
          .append(", \"at\": ")
          .append(str(at(f.location())))
          .append(", \"text\": ")
          .append(str(f.text()))
          .append(marked(f.runs()))
          .append("},\n");
    }
    out.append("],\n\"comments\": [\n");
    for (Comment c : doc.comments()) {
      out.append("{\"id\": ")
          .append(str(c.id()))
          .append(", \"author\": ")
          .append(str(c.author()))
          .append(", \"paragraph\": ")
          .append(c.paragraph())
          .append(", \"anchor\": ")
          .append(str(c.anchorText()))
          .append(", \"text\": ")
          .append(str(c.text()))
          .append("},\n");
    }
    out.append("],\n\"diagnostics\": [\n");
    for (Diagnostic d : doc.diagnostics()) {
      out.append("{\"severity\": ")
          .append(str(d.severity().name().toLowerCase(Locale.ROOT)))
          .append(", \"code\": ")
          .append(str(d.code()))
          .append(", \"at\": ")
          .append(str(at(d.location())))
          .append(", \"message\": ")
          .append(str(d.message()))
          .append("},\n");
    }
    return out.append("]}\n").toString();
  }

  /** The runs that carry marks or a reference, as {@code , "marked": [["bold", "text"], …]}. */
  private static String marked(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      if (r.marks().isEmpty() && r.ref() == null) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : ", ")
          .append('[')
          .append(
              str(
                  r.marks().stream()
                      .map(x -> x.id())
                      .sorted()
                      .reduce((a, b) -> a + "+" + b)
                      .orElse("")))
          .append(", ")
          .append(str(r.text()));
      if (r.ref() != null) {
        sb.append(", ").append(str("ref " + r.ref()));
      }
      if (r.author() != null) {
        sb.append(", ").append(str("by " + r.author()));
      }
      sb.append(']');
    }
    return sb.length() == 0 ? "" : ", \"marked\": [" + sb + "]";
  }

  private static String at(SourceLocation l) {
    if (l == null) {
      return null;
    }
    return l.page() > 0 ? "p" + l.page() : l.line() > 0 ? "l" + l.line() : "";
  }

  private static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
