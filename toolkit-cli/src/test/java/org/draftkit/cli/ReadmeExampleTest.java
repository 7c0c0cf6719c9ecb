package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.ExportException;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; and a check that the README quotes it as it is. */
class ReadmeExampleTest {

  private static final Path ROOT = Path.of("..");
  private static final Path EXAMPLE = ROOT.resolve("examples/documents/draft-resolution.md");

  /** What the example produces. */
  record Result(List<String> operativeNumbers, String json) {}

  static Result embed(Path file) throws ImportException, ExportException {
    // README:begin
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build(); // immutable, thread-safe: share it
    Document doc = toolkit.read(file);                             // format detected from the content
    List<String> numbers = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == ParagraphKind.OPERATIVE && p.parent() == null) { // not sub-items
        numbers.add(p.label());                                    // "1", "2", "2 bis", "3", "4"
      }
    }
    String json = toolkit.writeString(doc, "json");                // the JSON of `draftkit convert`
    // README:end
    return new Result(numbers, json);
  }

  @Test
  void theExampleRunsOnTheBundledDocument() throws Exception {
    Result r = embed(EXAMPLE);
    assertEquals(List.of("1", "2", "2 bis", "3", "4"), r.operativeNumbers());
    assertTrue(r.json().contains("\"2 bis\""), r.json());
  }

  @Test
  void theReadmeQuotesTheExampleVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/draftkit/cli/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    int from = source.indexOf('\n', source.indexOf("// README:begin")) + 1;
    int to = source.lastIndexOf('\n', source.indexOf("// README:end"));
    String snippet = source.substring(from, to).stripIndent() + "\n";
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet), "README.md quotes the lines between README:begin and README:end:\n" + snippet);
  }
}
