package org.draftkit.importer.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.draftkit.model.Document;
import org.draftkit.model.Footnote;
import org.draftkit.model.LeadingLabel;
import org.draftkit.model.Mark;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;
import org.draftkit.spi.ImportContext;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing of the text is lost: the words of document.xml's w:t, w:delText and m:t (plus the
 * footnotes and endnotes) are all in the Document, counted independently with StAX. The only words
 * allowed to be missing are paragraph labels typed as text (they move to {@code number}); the only
 * extra words allowed are footnote markers.
 */
class NothingLostTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx",
        "un-drafts/unfccc-cma6-article6.2/v1_draft-decision_1st-iteration_2024-11-14.docx",
        "docx-peers/poi/delins.docx",
        "docx-peers/poi/stress023.docx",
        "docx-peers/poi/stress004.docx",
        "docx-peers/tika/testWORD_2006ml.docx",
        "docx-peers/tika/testWORD_various.docx",
        "docx-peers/pandoc/notes.docx",
        "docx-peers/pandoc/track_changes_move.docx",
        "docx-peers/mammoth/text-box.docx",
        "docx-peers/python-docx/test.docx",
        "docx-peers/docx4j/sample-docx.docx"
      })
  void everyWordOfTheSourceIsInTheDocument(String relative) throws Exception {
    Path file = Corpus.file(relative);
    Map<String, Integer> source = new HashMap<>();
    for (String part : List.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")) {
      for (String word : sourceWords(file, part)) {
        source.merge(word, 1, Integer::sum);
      }
    }
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = new DocxImporter().read(in, ImportContext.of(file.getFileName().toString()));
    }
    Map<String, Integer> ours = new HashMap<>();
    List<String> markers = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      StringBuilder text = new StringBuilder();
      for (Run r : p.runs()) {
        if (r.has(Mark.FOOTNOTE_REFERENCE)) {
          markers.add(r.text());
        } else {
          text.append(r.text());
        }
      }
      words(text.toString()).forEach(w -> ours.merge(w, 1, Integer::sum));
    }
    for (Footnote f : doc.footnotes()) {
      words(f.text()).forEach(w -> ours.merge(w, 1, Integer::sum));
    }
    int total = source.values().stream().mapToInt(Integer::intValue).sum();
    List<String> missing = new ArrayList<>();
    source.forEach(
        (w, n) -> {
          int have = ours.getOrDefault(w, 0);
          for (int i = have; i < n; i++) {
            missing.add(w);
          }
        });
    List<String> unexplained =
        missing.stream()
            .filter(
                w ->
                    LeadingLabel.find(w + " x").isEmpty() && !w.matches("\\(?[0-9a-zA-Z]{1,4}[.)]"))
            .toList();
    assertTrue(
        unexplained.isEmpty(),
        relative
            + ": "
            + unexplained.size()
            + " of "
            + total
            + " source words missing: "
            + unexplained.stream().limit(30).toList());
    assertTrue(
        missing.size() <= doc.paragraphs().stream().filter(p -> p.number() != null).count(),
        relative + ": more missing labels than numbered paragraphs: " + missing.size());
    List<String> extra = new ArrayList<>();
    ours.forEach(
        (w, n) -> {
          for (int i = source.getOrDefault(w, 0); i < n; i++) {
            extra.add(w);
          }
        });
    assertTrue(
        extra.isEmpty(),
        relative + ": words not in the source: " + extra.stream().limit(30).toList());
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String token : text.split("[\\s\\u00a0\\u2007\\u202f\\u200b]+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * The words of one part: w:t and w:delText joined per paragraph, tabs and breaks as spaces,
   * mc:Fallback skipped.
   */
  private static List<String> sourceWords(Path file, String part)
      throws IOException, XMLStreamException {
    byte[] xml = null;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals(part)) {
          xml = zip.readAllBytes();
          break;
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
    List<StringBuilder> open = new ArrayList<>();
    boolean inText = false;
    int skipDepth = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (skipDepth > 0
            || (MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback"))) {
          skipDepth++;
          continue;
        }
        if (MATH.equals(r.getNamespaceURI()) && r.getLocalName().equals("t")) {
          inText = true;
          continue;
        }
        if (!W.equals(r.getNamespaceURI())) {
          continue;
        }
        if ((r.getLocalName().equals("footnote") || r.getLocalName().equals("endnote"))
            && r.getAttributeValue(W, "type") != null
            && !"normal".equals(r.getAttributeValue(W, "type"))) {
          skipDepth++; // separators and continuation notices are not notes
          continue;
        }
        switch (r.getLocalName()) {
          case "p" -> open.add(new StringBuilder());
          case "t", "delText" -> inText = true;
          case "tab", "br", "cr", "ptab" -> {
            if (!open.isEmpty()) {
              open.get(open.size() - 1).append(' ');
            }
          }
          case "noBreakHyphen" -> {
            if (!open.isEmpty()) {
              open.get(open.size() - 1).append('-');
            }
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (skipDepth > 0) {
          skipDepth--;
          continue;
        }
        if (MATH.equals(r.getNamespaceURI()) && r.getLocalName().equals("t")) {
          inText = false;
          continue;
        }
        if (!W.equals(r.getNamespaceURI())) {
          continue;
        }
        if (r.getLocalName().equals("p") && !open.isEmpty()) {
          out.addAll(words(open.remove(open.size() - 1).toString()));
        } else if (r.getLocalName().equals("t") || r.getLocalName().equals("delText")) {
          inText = false;
        }
      } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)
          && inText
          && skipDepth == 0
          && !open.isEmpty()) {
        open.get(open.size() - 1).append(r.getText());
      }
    }
    return out;
  }
}
