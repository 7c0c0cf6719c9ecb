package org.draftkit.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.model.Diagnostic;
import org.draftkit.model.Document;
import org.draftkit.model.Metadata;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.junit.jupiter.api.Test;

class SubmissionSetTest {

  private static Document doc(String source, String title) {
    Document.Builder b =
        Document.builder().metadata(Metadata.builder().source(source).title(title).build());
    b.add(
        ParagraphNumber.of("1"),
        ParagraphKind.OPERATIVE,
        List.of(Run.plain("We retain paragraph 3.")),
        null,
        null);
    return b.build();
  }

  private static SubmissionSet.Input good(String source, String title) {
    return SubmissionSet.input(source, () -> doc(source, title));
  }

  private static SubmissionSet.Input bad(String source, String reason) {
    return SubmissionSet.input(
        source,
        () -> {
          throw new CorruptDocumentException(source.substring(source.lastIndexOf('/') + 1), reason);
        });
  }

  @Test
  void namesGoByPositionAndTheRestNameThemselves() {
    SubmissionSet set =
        SubmissionSet.read(
            List.of(
                good("a.md", "Comments of the Example Group (EG)"),
                good("b.md", "Input"),
                good("c.md", "Views of the Other Group (OG)")),
            Arrays.asList("First", ""));
    assertEquals(
        List.of("First", "b", "OG"),
        set.submissions().stream().map(s -> s.stakeholder().name()).toList());
    assertTrue(set.failures().isEmpty());
    assertTrue(set.diagnostics().isEmpty());
  }

  @Test
  void anUnreadableInputIsLeftOutAndReportedWhereItWas() throws ImportException {
    SubmissionSet set =
        SubmissionSet.read(
            List.of(
                good("a.md", "Comments of the Example Group (EG)"),
                bad("in/scan.md", "not a text file"),
                good("c.md", "Views of the Other Group (OG)")),
            List.of("EG", "Ghost", "OG"));
    assertEquals(
        List.of("EG", "OG"),
        set.requireAny().stream().map(s -> s.stakeholder().name()).toList(),
        "the names keep their positions");
    Diagnostic d = set.diagnostics().get(0);
    assertEquals(SubmissionSet.UNREADABLE, d.code());
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals("scan.md: not a text file", d.message());
    assertEquals(
        "in/scan.md",
        d.location().source(),
        "located at the input as given, not the importer's short name");
  }

  @Test
  void noReadableInputThrowsTheFirstFailure() {
    SubmissionSet set =
        SubmissionSet.read(
            List.of(bad("x.md", "empty file"), bad("y.md", "not a text file")), List.of());
    ImportException e = assertThrows(ImportException.class, set::requireAny);
    assertSame(set.failures().get(0).error(), e);
    assertEquals("x.md: empty file", e.getMessage());
  }

  @Test
  void everyInputIsReadOnceInOrder() {
    List<String> order = new ArrayList<>();
    List<SubmissionSet.Input> inputs = new ArrayList<>();
    for (String name : List.of("c.md", "a.md", "b.md")) {
      inputs.add(
          SubmissionSet.input(
              name,
              () -> {
                order.add(name);
                return doc(name, null);
              }));
    }
    SubmissionSet.read(inputs, List.of());
    assertEquals(List.of("c.md", "a.md", "b.md"), order);
  }

  @Test
  void programmerErrorsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SubmissionSet.read(List.of(), List.of()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SubmissionSet.read(List.of(good("a.md", null)), List.of("A", "B")));
    assertEquals("2 names for 1 submissions", e.getMessage());
  }
}
