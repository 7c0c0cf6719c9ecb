package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.CompareRequest;
import org.draftkit.ConsolidateRequest;
import org.draftkit.ConvertRequest;
import org.draftkit.DraftkitException;
import org.draftkit.PositionsRequest;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.compare.Comparison;
import org.draftkit.model.Document;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.positions.PositionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding examples, one per job, compiled and run here; and a check that the README
 * quotes every one of them as it is (the lines between each {@code README:begin} and
 * {@code README:end}).
 */
class ReadmeExampleTest {

  private static final Path ROOT = Path.of("..");
  private static final Path EXAMPLE = ROOT.resolve("examples/documents/draft-resolution.md");
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();

  @TempDir
  Path dir;

  /** What the first example produces. */
  record Result(List<String> operativeNumbers, String json) {}

  static Result embed(Path file) throws DraftkitException {
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

  static Document convert(Toolkit toolkit, Path file) throws DraftkitException {
    // README:begin
    Document draft = toolkit.convert(ConvertRequest.builder().file(file).from("md").build());
    // README:end
    return draft;
  }

  static String compare(Toolkit toolkit, Document draft, Document revised) throws DraftkitException {
    // README:begin
    Comparison redline = toolkit.compare(CompareRequest.builder().older(draft).newer(revised).build());
    String html = toolkit.writeString(redline, "html");            // as `draftkit compare` writes it
    // README:end
    return html;
  }

  static Consolidation consolidate(Toolkit toolkit, Document draft, Path g77File) throws DraftkitException {
    // README:begin
    SubmissionSet submissions = SubmissionSet.read(List.of(        // unreadable ones become diagnostics
        SubmissionSet.input("g77.md", () -> toolkit.read(g77File))), List.of("G77"));
    Consolidation text = toolkit.consolidate(ConsolidateRequest.builder()
        .base(draft).submissions(submissions).build());
    // README:end
    return text;
  }

  static String positions(Toolkit toolkit, Document draft, SubmissionSet submissions) throws DraftkitException {
    // README:begin
    PositionTable table = toolkit.positions(PositionsRequest.builder()
        .submissions(submissions).base(draft).build());
    String csv = toolkit.writeString(table, "csv");
    // README:end
    return csv;
  }

  @Test
  void theExampleRunsOnTheBundledDocument() throws Exception {
    Result r = embed(EXAMPLE);
    assertEquals(List.of("1", "2", "2 bis", "3", "4"), r.operativeNumbers());
    assertTrue(r.json().contains("\"2 bis\""), r.json());
  }

  @Test
  void everyJobRunsAsTheReadmeShowsIt() throws Exception {
    Document draft = convert(TOOLKIT, EXAMPLE);
    assertEquals("A/99/L.7", draft.metadata().symbol());

    Path revisedFile = dir.resolve("revised.md");
    Files.writeString(revisedFile, Files.readString(EXAMPLE).replace("*Encourages* Member States", "*Urges* Member States"));
    String html = compare(TOOLKIT, draft, TOOLKIT.read(revisedFile));
    assertTrue(html.contains("Encourages") && html.contains("Urges"), html);

    Path g77File = dir.resolve("g77.md");
    Files.writeString(g77File, "# Proposals of the Group of 77\n\n"
        + "2. *Encourages* Member States to share monitoring data on glacier mass balance in ~~open~~ **open and interoperable** formats;\n\n"
        + "We propose to delete paragraph 2 bis.\n");
    String text = TOOLKIT.writeString(consolidate(TOOLKIT, draft, g77File), "txt");
    assertTrue(text.contains("in open and interoperable formats"), text);

    SubmissionSet submissions = SubmissionSet.read(
        List.of(SubmissionSet.input("g77.md", () -> TOOLKIT.read(g77File))), List.of("G77"));
    String csv = positions(TOOLKIT, draft, submissions);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("2,G77,amend,")), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("2 bis,G77,delete,")), csv);
  }

  @Test
  void theReadmeQuotesEveryExampleVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/draftkit/cli/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int count = 0;
    Matcher m = Pattern.compile("(?m)^[ ]*// README:begin\n(.*?)\n[ ]*// README:end$", Pattern.DOTALL).matcher(source);
    while (m.find()) {
      String snippet = m.group(1).stripIndent() + "\n";
      assertTrue(readme.contains(snippet), "README.md quotes the lines between README:begin and README:end:\n" + snippet);
      count++;
    }
    assertEquals(5, count, "examples in this test");
  }
}
