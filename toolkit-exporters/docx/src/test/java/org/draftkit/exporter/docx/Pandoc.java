package org.draftkit.exporter.docx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs pandoc on a .docx and reads its JSON AST: tracked insertions and deletions ({@code
 * --track-changes=all}), or the paragraphs with every change accepted or rejected. Skips the
 * calling test when pandoc is not on the PATH.
 */
final class Pandoc {
  private Pandoc() {}

  /** Words inside pandoc's insertion and deletion spans (in the body and in footnotes). */
  record Changes(List<String> inserted, List<String> deleted, List<String> authors) {}

  static Changes changes(byte[] docx) throws Exception {
    JsonNode ast = run(docx, "all");
    Changes c = new Changes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    collect(ast.get("blocks"), null, c);
    return c;
  }

  /**
   * The text of every block (paragraph, heading) with all changes accepted ("accept") or rejected
   * ("reject").
   */
  static List<String> paragraphs(byte[] docx, String mode) throws Exception {
    List<String> out = new ArrayList<>();
    blocks(run(docx, mode).get("blocks"), out);
    return out;
  }

  /**
   * Every word pandoc reads anywhere in the body (tables included), changes shown, separated by
   * spaces.
   */
  static String allText(byte[] docx) throws Exception {
    StringBuilder sb = new StringBuilder();
    text(run(docx, "all").get("blocks"), sb);
    return sb.toString();
  }

  private static void blocks(JsonNode blocks, List<String> out) {
    for (JsonNode block : blocks) {
      switch (block.get("t").asText()) {
        case "Para", "Plain" -> out.add(inlineText(block.get("c")));
        case "Header" -> out.add(inlineText(block.get("c").get(2)));
        case "BlockQuote" -> blocks(block.get("c"), out);
        case "Div" -> blocks(block.get("c").get(1), out);
        default -> {}
      }
    }
  }

  private static String inlineText(JsonNode inlines) {
    StringBuilder sb = new StringBuilder();
    text(inlines, sb);
    return sb.toString().strip().replaceAll("\\s+", " ");
  }

  private static JsonNode run(byte[] docx, String mode) throws Exception {
    Assumptions.assumeTrue(onPath("pandoc"), "pandoc is not on the PATH: read-back skipped");
    Path in = Files.createTempFile("draftkit-", ".docx");
    try {
      Files.write(in, docx);
      Process p =
          new ProcessBuilder(
                  "pandoc", "--track-changes=" + mode, "-f", "docx", "-t", "json", in.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] json = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("pandoc failed on the generated document");
      }
      return new ObjectMapper().readTree(json);
    } finally {
      Files.deleteIfExists(in);
    }
  }

  private static boolean onPath(String exe) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, exe))) {
        return true;
      }
    }
    return false;
  }

  private static void collect(JsonNode node, String kind, Changes out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, kind, out);
      }
      return;
    }
    if (!node.isObject() || !node.has("t")) {
      return;
    }
    String t = node.get("t").asText();
    if (t.equals("Str") && kind != null) {
      (kind.equals("insertion") ? out.inserted() : out.deleted()).add(node.get("c").asText());
      return;
    }
    if (t.equals("Note")) {
      // a note's words count only where the note's own text is tracked
      collect(node.get("c"), null, out);
      return;
    }
    if (t.equals("Span")) {
      JsonNode attr = node.get("c").get(0);
      for (JsonNode cls : attr.get(1)) {
        if (cls.asText().equals("insertion") || cls.asText().equals("deletion")) {
          for (JsonNode kv : attr.get(2)) {
            if (kv.get(0).asText().equals("author")) {
              out.authors().add(kv.get(1).asText());
            }
          }
          collect(node.get("c").get(1), cls.asText(), out);
          return;
        }
      }
    }
    collect(node.get("c"), kind, out);
  }

  private static void text(JsonNode node, StringBuilder sb) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        text(n, sb);
      }
      return;
    }
    if (!node.isObject() || !node.has("t")) {
      return;
    }
    switch (node.get("t").asText()) {
      case "Str" -> sb.append(node.get("c").asText());
      case "Space", "SoftBreak", "LineBreak" -> sb.append(' ');
      case "Note" -> {}
      case "Span", "Link" -> text(node.get("c").get(1), sb);
      case "Para", "Plain", "Header" -> {
        text(node.get("c"), sb);
        sb.append(' ');
      }
      case "Quoted" -> {
        String q =
            node.get("c").get(0).get("t").asText().equals("SingleQuote") ? "\u2019" : "\u201d";
        sb.append(q.equals("\u2019") ? "\u2018" : "\u201c");
        text(node.get("c").get(1), sb);
        sb.append(q);
      }
      default -> text(node.get("c"), sb);
    }
  }
}
