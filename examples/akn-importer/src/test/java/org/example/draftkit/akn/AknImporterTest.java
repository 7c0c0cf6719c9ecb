package org.example.draftkit.akn;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.ParagraphKind;
import org.draftkit.model.Run;
import org.draftkit.spi.Detection;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AknImporterTest {

  private final AknImporter importer = new AknImporter();

  @Test
  void readsMetadataFromTheMetaAndThePreface() throws Exception {
    Document doc = read(fixture());
    assertEquals("A/81/L.7", doc.metadata().symbol());
    assertEquals("Open data for the Sustainable Development Goals", doc.metadata().title());
    assertEquals(LocalDate.of(2026, 3, 2), doc.metadata().date());
    assertEquals("en", doc.metadata().language());
    assertEquals("Eighty-first session", doc.metadata().session());
    assertEquals("Distr.: Limited", doc.metadata().distribution());
  }

  @Test
  void readsTheStructure() throws Exception {
    Golden.assertMatches("un-draft-resolution/outline.txt", outline(read(fixture())));
  }

  @Test
  void numberedParagraphsSubItemsAndMarks() throws Exception {
    Document doc = read(fixture());
    Paragraph two = doc.find("2").orElseThrow();
    assertEquals(ParagraphKind.OPERATIVE, two.kind());
    assertEquals("Requests the Secretary-General:", two.text());
    List<Paragraph> items = doc.children(two.index());
    assertEquals(List.of("(a)", "(b)"), items.stream().map(Paragraph::label).toList());
    Paragraph a = items.get(0);
    assertEquals("to report on progress every two years annually;", a.text());
    assertTrue(a.runs().stream().anyMatch(r -> r.marks().contains(Mark.DELETE) && r.text().equals("every two years")));
    assertTrue(a.runs().stream().anyMatch(r -> r.marks().contains(Mark.INSERT) && r.text().equals("annually")));
    Paragraph bis = doc.find("2 bis").orElseThrow();
    assertEquals("Invites stakeholders to contribute, within existing resources;", bis.text());
    assertEquals(ParagraphKind.HEADING, doc.find("I").orElseThrow().kind());
  }

  @Test
  void preambleRecitalsFootnotesAndNonBreakingSpaces() throws Exception {
    Document doc = read(fixture());
    Paragraph recalling = doc.paragraphs().stream().filter(p -> p.text().startsWith("Recalling")).findFirst().orElseThrow();
    assertEquals(ParagraphKind.PREAMBULAR, recalling.kind());
    assertEquals(Set.of(Mark.ITALIC), recalling.runs().get(0).marks());
    Run marker = recalling.runs().get(recalling.runs().size() - 1);
    assertEquals("1", marker.ref());
    assertTrue(marker.marks().contains(Mark.FOOTNOTE_REFERENCE));
    Footnote note = doc.footnote("1").orElseThrow();
    assertEquals("Resolution 70/1, annex.", note.text());
    assertFalse(recalling.text().contains("annex"), "the note body is not paragraph text");
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().contains("many\u00a0regions")));
  }

  @Test
  void everyWordOfTheTextIsKept() throws Exception {
    String xml = new String(fixture(), UTF_8);
    String readable = xml.substring(xml.indexOf("</meta>"))
        .replaceAll("<!--.*?-->", " ").replaceAll("<[^>]+>", " ").replace("&#160;", " ");
    Document doc = read(fixture());
    StringBuilder all = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      all.append(p.label() == null ? "" : p.label()).append(' ');
      p.runs().stream().filter(r -> !r.marks().contains(Mark.FOOTNOTE_REFERENCE)).forEach(r -> all.append(r.text()));
      all.append(' ');
    }
    doc.footnotes().forEach(f -> all.append(f.text()).append(' '));
    assertEquals(words(readable), words(all.toString().replace('\u00a0', ' ')));
  }

  @Test
  void worksThroughTheToolkit() throws Exception {
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
    Document doc = toolkit.read(fixture(), "A-81-L.7.xml", null, java.util.Map.of());
    assertEquals("A/81/L.7", doc.metadata().symbol());
    assertEquals("A-81-L.7.xml", doc.metadata().source());
  }

  @Test
  void detectsTheRootElementOnly() throws Exception {
    assertEquals(Detection.CERTAIN, importer.detect(fixture()));
    assertEquals(Detection.CERTAIN, importer.detect(
        "\ufeff<?xml version=\"1.0\"?>\n<an:akomaNtoso xmlns:an=\"x\">".getBytes(UTF_8)));
    assertEquals(Detection.NO, importer.detect("<html><body>akomaNtoso</body></html>".getBytes(UTF_8)));
    assertEquals(Detection.NO, importer.detect("# akomaNtoso".getBytes(UTF_8)));
  }

  @Test
  void refusesXmlThatIsNotAkomaNtoso() {
    UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class,
        () -> read("<?xml version=\"1.0\"?><html><p>hi</p></html>".getBytes(UTF_8)));
    assertEquals("test.akn: is XML but not Akoma Ntoso: the root element is <html>, not <akomaNtoso>", e.getMessage());
  }

  @Test
  void refusesMalformedXmlNamingTheLine() {
    CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
        () -> read("<akomaNtoso>\n<act><body>\n</act>".getBytes(UTF_8)));
    assertTrue(e.getMessage().startsWith("test.akn: is not well-formed XML (line 3"), e.getMessage());
  }

  @Test
  void neverReadsExternalEntities(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<akomaNtoso><act><body><paragraph><num>1.</num><content><p>&xxe;</p></content></paragraph></body></act></akomaNtoso>";
    ImportException e = assertThrows(ImportException.class, () -> read(xxe.getBytes(UTF_8)));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"));
  }

  @Test
  void refusesEntityExpansionBombs() {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"");
      lol.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]><akomaNtoso><act><body><p>&lol9;</p></body></act></akomaNtoso>");
    assertThrows(CorruptDocumentException.class, () -> read(lol.toString().getBytes(UTF_8)));
  }

  @Test
  void keepsUnknownElementsAsTextWithADiagnostic() throws Exception {
    Document doc = read(("<akomaNtoso><act><body><paragraph><num>1.</num><content><p>Text.</p></content></paragraph>"
        + "<foreign><x>Unknown block text.</x></foreign></body></act></akomaNtoso>").getBytes(UTF_8));
    assertEquals("Unknown block text.", doc.paragraphs().get(1).text());
    assertNull(doc.paragraphs().get(1).number());
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("akn.element-as-text")));
  }

  private Document read(byte[] bytes) throws ImportException, IOException {
    return importer.read(new ByteArrayInputStream(bytes), ImportContext.of("test.akn"));
  }

  private static byte[] fixture() throws IOException {
    try (InputStream in = AknImporterTest.class.getResourceAsStream("/un-draft-resolution.akn.xml")) {
      return in.readAllBytes();
    }
  }

  /** One line per paragraph: index, kind, label, parent, text (marked runs in [mark:text]). */
  private static String outline(Document doc) {
    StringBuilder out = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      out.append(p.index()).append(' ').append(p.kind().name().toLowerCase())
          .append(" [").append(p.label() == null ? "" : p.label()).append(']')
          .append(p.parent() == null ? "" : " parent=" + p.parent()).append(": ");
      for (Run r : p.runs()) {
        if (r.marks().isEmpty()) {
          out.append(r.text());
        } else {
          out.append('{').append(String.join("+", r.marks().stream().map(Mark::id).toList())).append(':').append(r.text()).append('}');
        }
      }
      out.append('\n');
    }
    for (Footnote f : doc.footnotes()) {
      out.append("footnote ").append(f.label()).append(": ").append(f.text()).append('\n');
    }
    return out.toString();
  }

  /** The words of a text, sorted, repeats kept. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[\\s\\p{Punct}“”]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Collections.sort(words);
    return words;
  }
}
