package org.draftkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.ImportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import gives an equal document, and exporting that again gives the same bytes. */
class JsonRoundTripTest {
  private final DocumentJsonExporter exporter = new DocumentJsonExporter();
  private final JsonImporter importer = new JsonImporter();

  private byte[] export(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(doc, out, ExportContext.defaults());
    return out.toByteArray();
  }

  private Document roundTrip(Document doc) throws Exception {
    return importer.read(new ByteArrayInputStream(export(doc)), ImportContext.of("doc.json"));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomDocumentsSurviveTheRoundTrip(long seed) throws Exception {
    Document doc = SampleDocuments.random(seed);
    Document back = roundTrip(doc);
    assertEquals(doc, back);
    assertArrayEquals(export(doc), export(back));
  }

  @Test
  void theGeneratedDocumentsCoverTheModel() {
    EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
    EnumSet<ParagraphKind> kinds = EnumSet.noneOf(ParagraphKind.class);
    boolean subItems = false;
    boolean footnotes = false;
    boolean comments = false;
    boolean diagnostics = false;
    boolean ambiguousNumber = false;
    for (long seed : seeds().toList()) {
      Document doc = SampleDocuments.random(seed);
      for (var p : doc.paragraphs()) {
        kinds.add(p.kind());
        subItems |= p.parent() != null;
        ambiguousNumber |= p.number() != null && !ParagraphNumber.of(p.label()).equals(p.number());
        p.runs().forEach(r -> marks.addAll(r.marks()));
      }
      footnotes |= !doc.footnotes().isEmpty();
      comments |= !doc.comments().isEmpty();
      diagnostics |= !doc.diagnostics().isEmpty();
    }
    assertEquals(EnumSet.allOf(Mark.class), marks);
    assertEquals(EnumSet.allOf(ParagraphKind.class), kinds);
    assertTrue(subItems && footnotes && comments && diagnostics && ambiguousNumber);
  }

  @Test
  void theHandWrittenResolutionSurvives() throws Exception {
    Document doc = SampleDocuments.resolution();
    assertEquals(doc, roundTrip(doc));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    Document doc = SampleDocuments.resolution();
    byte[] json = export(doc);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertEquals(
        doc, importer.read(new ByteArrayInputStream(withBom), ImportContext.of("bom.json")));
  }

  @Test
  void unnormalisedRunsAreKeptAsTheyAre() throws Exception {
    // two neighbouring plain runs and an empty run: the JSON keeps them, it does not merge them
    Document.Builder b = Document.builder();
    int i = b.add(null, ParagraphKind.OTHER, List.of(), null, null);
    b.set(
        i,
        b.paragraphs()
            .get(i)
            .withRuns(
                List.of(
                    Run.plain("a"),
                    Run.plain("b"),
                    Run.plain(""),
                    new Run("", EnumSet.of(Mark.COMMENT_ANCHOR), "x", null, "c9"))));
    Document doc = b.build();
    assertEquals(doc, roundTrip(doc));
  }

  @Test
  void astralCharactersAndControlCharactersSurvive() throws Exception {
    Document.Builder b = Document.builder();
    b.add(
        null,
        ParagraphKind.OTHER,
        List.of(
            Run.plain(
                "😀 \u0000\u0007\u001f \u2028 \uFEFF \"\\/ مرحبا \uD800 lone \uDC00 surrogates")),
        null,
        null);
    Document doc = b.build();
    assertEquals(doc, roundTrip(doc));
  }
}
