package org.draftkit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.model.Run;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real documents exported as Markdown and read back by a CommonMark parser: every paragraph's text
 * is found, unchanged, in the text the parser sees.
 */
class CorpusMarkdownTest {
  private static final Toolkit TOOLKIT = Toolkit.builder().discoverPlugins().build();
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(StrikethroughExtension.create())).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "un-drafts/unfccc-cma6-article6.2/v2_later-draft_2024-11-17to19_party-inputs-as-comments_tracked.docx",
        "un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf"
      })
  void everyParagraphReadsBackAsWritten(String file) throws Exception {
    Document doc = TOOLKIT.read(Corpus.file(file));
    String markdown = TOOLKIT.writeString(doc, "md");

    List<String> blocks = new ArrayList<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              private StringBuilder current;

              @Override
              public void visit(Paragraph p) {
                block(p);
              }

              @Override
              public void visit(Heading h) {
                block(h);
              }

              private void block(org.commonmark.node.Node n) {
                current = new StringBuilder();
                visitChildren(n);
                blocks.add(normalize(current.toString().replaceAll("\\[\\^[A-Za-z0-9-]+\\]", "")));
                current = null;
              }

              @Override
              public void visit(Text t) {
                if (current != null) {
                  current.append(t.getLiteral());
                }
              }

              @Override
              public void visit(HardLineBreak b) {
                if (current != null) {
                  current.append('\n');
                }
              }
            });
    String all = String.join("\n", blocks);

    int checked = 0;
    for (var p : doc.paragraphs()) {
      StringBuilder text = new StringBuilder();
      for (Run r : p.runs()) {
        if (!r.has(Mark.FOOTNOTE_REFERENCE)) {
          text.append(r.text());
        }
      }
      String want = normalize(text.toString());
      if (!want.isEmpty()) {
        assertTrue(
            all.contains(want),
            "paragraph " + p.index() + " (" + p.label() + ") reads back: " + want);
        checked++;
      }
    }
    assertTrue(checked > 10, "checked " + checked + " paragraphs");
    assertEquals(-1, markdown.indexOf('\r'));
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
