package org.draftkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.Consolidator;
import org.draftkit.amend.Submission;
import org.draftkit.amend.SubmissionSet;
import org.draftkit.compare.Comparer;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.positions.PositionReader;
import org.draftkit.positions.PositionTable;
import org.draftkit.testing.LineImporter;
import org.junit.jupiter.api.Test;

/**
 * Each job through the façade gives what the engine gives, and the requests refuse what is missing.
 */
class ToolkitJobsTest {

  private final Toolkit toolkit = Toolkit.builder().importer(new LineImporter()).build();

  private static Document doc(String source, String... paragraphs) {
    Document.Builder b = Document.builder().metadata(Metadata.builder().source(source).build());
    int n = 0;
    for (String p : paragraphs) {
      b.add(
          ParagraphNumber.of(Integer.toString(++n)),
          ParagraphKind.OPERATIVE,
          List.of(Run.plain(p)),
          null,
          null);
    }
    return b.build();
  }

  private static Document base() {
    return doc(
        "base.md",
        "Decides to convene a meeting in 2026;",
        "Requests a report at its next session.");
  }

  private static Document submission() {
    Document.Builder b =
        Document.builder()
            .metadata(Metadata.builder().title("Comments of EG").source("eg.md").build());
    b.add(
        ParagraphNumber.of("2"),
        ParagraphKind.OPERATIVE,
        List.of(
            Run.plain("Requests a report "),
            Run.of("at its next session", Mark.STRIKE),
            Run.of("annually", Mark.BOLD),
            Run.plain(".")),
        null,
        null);
    return b.build();
  }

  private static SubmissionSet submissions() {
    return SubmissionSet.read(
        List.of(SubmissionSet.input("eg.md", ToolkitJobsTest::submission)), List.of("EG"));
  }

  @Test
  void convertReadsFilesBytesAndStreamsAlike() throws Exception {
    byte[] bytes = "one\ntwo\n".getBytes(StandardCharsets.UTF_8);
    Document fromBytes =
        toolkit.convert(ConvertRequest.builder().content(bytes, "x.lines").build());
    Document fromStream =
        toolkit.convert(
            ConvertRequest.builder().stream(new java.io.ByteArrayInputStream(bytes), "x.lines")
                .build());
    assertEquals(fromBytes, fromStream);
    assertEquals(2, fromBytes.paragraphs().size());
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                toolkit.convert(
                    ConvertRequest.builder().content(bytes, "x.lines").from("nosuch").build()));
    assertTrue(e.getMessage().startsWith("x.lines"), e.getMessage());
  }

  @Test
  void compareAndHistoryAreTheComparersResults() {
    Document older = base();
    Document newer =
        doc(
            "rev.md",
            "Decides to convene a summit in 2026;",
            "Requests a report at its next session.");
    Comparison c = toolkit.compare(CompareRequest.builder().older(older).newer(newer).build());
    assertEquals(Comparer.defaults().compare(older, newer), c);
    RevisionHistory h =
        toolkit.history(
            HistoryRequest.builder().revision(older).revision(newer).revision(older).build());
    assertEquals(Comparer.defaults().compare(List.of(older, newer, older)), h);
  }

  @Test
  void consolidateIsTheConsolidatorsResult() throws Exception {
    Consolidation c =
        toolkit.consolidate(
            ConsolidateRequest.builder().base(base()).submissions(submissions()).build());
    assertEquals(
        Consolidator.defaults().consolidate(base(), List.of(Submission.of(submission(), "EG"))), c);
    assertTrue(
        c.document().paragraphs().get(1).text().contains("annually"),
        c.document().paragraphs().get(1).text());
  }

  @Test
  void positionsIsThePositionReadersResult() throws Exception {
    PositionTable t =
        toolkit.positions(
            PositionsRequest.builder().submissions(submissions()).base(base()).build());
    assertEquals(
        PositionReader.defaults()
            .build(List.of(Submission.of(submission(), "EG")), base(), Map.of()),
        t);
  }

  @Test
  void unreadableSubmissionsBecomeDiagnosticsAndNoneReadableIsTheFirstFailure() throws Exception {
    SubmissionSet mixed =
        SubmissionSet.read(
            List.of(
                SubmissionSet.input("eg.md", ToolkitJobsTest::submission),
                SubmissionSet.input(
                    "bad.md",
                    () -> {
                      throw new CorruptDocumentException("bad.md", "broken");
                    })),
            List.of());
    PositionTable t = toolkit.positions(PositionsRequest.builder().submissions(mixed).build());
    assertTrue(
        t.diagnostics().stream().anyMatch(d -> d.code().equals(SubmissionSet.UNREADABLE)),
        t.diagnostics()::toString);
    SubmissionSet none =
        SubmissionSet.read(
            List.of(
                SubmissionSet.input(
                    "bad.md",
                    () -> {
                      throw new CorruptDocumentException("bad.md", "broken");
                    })),
            List.of());
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                toolkit.consolidate(
                    ConsolidateRequest.builder().base(base()).submissions(none).build()));
    assertEquals("bad.md", e.source());
  }

  @Test
  void requestsRefuseWhatIsMissing() {
    assertThrows(IllegalStateException.class, () -> ConvertRequest.builder().build());
    assertThrows(IllegalStateException.class, () -> CompareRequest.builder().older(base()).build());
    assertThrows(
        IllegalStateException.class, () -> HistoryRequest.builder().revision(base()).build());
    assertThrows(
        IllegalStateException.class, () -> ConsolidateRequest.builder().base(base()).build());
    assertThrows(IllegalStateException.class, () -> PositionsRequest.builder().build());
    assertThrows(
        IllegalStateException.class,
        () -> PositionsRequest.builder().submissions(submissions()).renumberFrom(base()).build());
    assertThrows(NullPointerException.class, () -> ConsolidateRequest.builder().prefer(null));
  }
}
