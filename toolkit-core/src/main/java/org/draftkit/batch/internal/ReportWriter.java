package org.draftkit.batch.internal;

import org.draftkit.batch.BatchItem;
import org.draftkit.batch.BatchReport;

/**
 * Writes a {@link BatchReport} as JSON (two-space indented, fields in a fixed order, no timings),
 * so that the same batch gives the same report.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * The report as JSON text.
   *
   * @param options how the inputs were read ({@link Manifest#readingOptions}), listed as {@code
   *     options}
   */
  public static String toJson(
      BatchReport report,
      String input,
      String output,
      String version,
      java.util.Map<String, String> options) {
    StringBuilder sb = new StringBuilder(256 + report.items().size() * 160);
    sb.append("{\n");
    field(sb, 1, "toolkitVersion", version).append(",\n");
    field(sb, 1, "input", input).append(",\n");
    field(sb, 1, "output", output).append(",\n");
    indent(sb, 1).append("\"formats\": ");
    stringArray(sb, report.formats()).append(",\n");
    indent(sb, 1).append("\"options\": {");
    int n = 0;
    for (java.util.Map.Entry<String, String> o : options.entrySet()) {
      sb.append(n++ == 0 ? " " : ", ");
      string(sb, o.getKey()).append(": ");
      string(sb, o.getValue());
    }
    sb.append(n == 0 ? "},\n" : " },\n");
    indent(sb, 1)
        .append("\"summary\": { \"inputs\": ")
        .append(report.items().size())
        .append(", \"converted\": ")
        .append(report.converted())
        .append(", \"upToDate\": ")
        .append(report.upToDate())
        .append(", \"failed\": ")
        .append(report.failed())
        .append(", \"ignored\": ")
        .append(report.ignored().size())
        .append(" },\n");
    indent(sb, 1).append("\"items\": [");
    for (int i = 0; i < report.items().size(); i++) {
      BatchItem item = report.items().get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      indent(sb, 2).append("{ ");
      sb.append("\"input\": ");
      string(sb, item.input());
      sb.append(", \"status\": ");
      string(sb, item.status().id());
      sb.append(", \"outputs\": ");
      stringArray(sb, item.outputs());
      sb.append(", \"diagnostics\": ").append(item.diagnostics());
      if (item.error() != null) {
        sb.append(", \"error\": ");
        string(sb, item.error());
        sb.append(", \"errorType\": ");
        string(sb, item.errorType());
      }
      sb.append(" }");
    }
    sb.append(report.items().isEmpty() ? "],\n" : "\n  ],\n");
    indent(sb, 1).append("\"ignored\": ");
    stringArray(sb, report.ignored()).append('\n');
    return sb.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder sb, int level, String name, String value) {
    indent(sb, level);
    string(sb, name);
    sb.append(": ");
    return string(sb, value);
  }

  private static StringBuilder indent(StringBuilder sb, int level) {
    return sb.append("  ".repeat(level));
  }

  private static StringBuilder stringArray(StringBuilder sb, java.util.List<String> values) {
    sb.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      string(sb, values.get(i));
    }
    return sb.append(']');
  }

  /** Appends a JSON string literal (or null). */
  static StringBuilder string(StringBuilder sb, String s) {
    if (s == null) {
      return sb.append("null");
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
