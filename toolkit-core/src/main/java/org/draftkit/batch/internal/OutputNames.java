package org.draftkit.batch.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the outputs of a batch's inputs, the one rule every batch engine follows: {@code a/b/x.pdf}
 * gives {@code a/b/x.json}, {@code a/b/x.md} …; two inputs with one stem in one folder ({@code
 * x.pdf}, {@code x.docx}) keep their extension ({@code x.pdf.json}, {@code x.docx.json}).
 */
public final class OutputNames {

  private OutputNames() {}

  /**
   * The outputs of each input.
   *
   * @param inputs the inputs' relative paths with {@code /} separators
   * @param formats the output formats, in order
   * @param extensions each format's file extension
   * @return for each input (same order), its output paths by format, in the formats' order
   */
  public static List<Map<String, String>> plan(
      List<String> inputs, List<String> formats, Map<String, String> extensions) {
    Map<String, Integer> stems = new HashMap<>();
    for (String p : inputs) {
      stems.merge(folder(p) + stem(name(p)), 1, Integer::sum);
    }
    List<Map<String, String>> out = new ArrayList<>(inputs.size());
    for (String p : inputs) {
      String name = name(p);
      String base = stems.get(folder(p) + stem(name)) > 1 ? name : stem(name);
      Map<String, String> outputs = new LinkedHashMap<>();
      for (String f : formats) {
        outputs.put(f, folder(p) + base + "." + extensions.get(f));
      }
      out.add(outputs);
    }
    return out;
  }

  /** The folder part with its trailing slash, or "". */
  private static String folder(String p) {
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "" : p.substring(0, slash + 1);
  }

  private static String name(String p) {
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
