package org.draftkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.draftkit.Toolkit;
import org.draftkit.json.JsonText;
import org.draftkit.registry.PluginProblem;
import org.draftkit.registry.PluginRegistry;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code draftkit plugins [--json]}: the importers and exporters in use, and the plugins that were
 * declared but failed to load.
 *
 * @since 0.1
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "List the importers and exporters found, and plugins that failed to load.")
public final class PluginsCommand implements Callable<Integer> {

  private final Toolkit toolkit;

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Machine-readable output.")
  private boolean json;

  public PluginsCommand(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public Integer call() {
    PluginRegistry registry = toolkit.plugins();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(registry) : table(registry));
    out.flush();
    return ExitCodes.OK;
  }

  static String json(PluginRegistry registry) {
    return JsonText.plugins(registry);
  }

  static String table(PluginRegistry registry) {
    StringBuilder sb = new StringBuilder();
    sb.append("Importers\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("FORMAT", "NAME", "EXTENSIONS", "PRIORITY", "CLASS"));
    for (DocumentImporter i : registry.importers()) {
      FormatInfo f = i.format();
      rows.add(
          List.of(
              f.id(),
              f.name(),
              extensions(f),
              Integer.toString(i.priority()),
              i.getClass().getName()));
    }
    appendTable(sb, rows);
    sb.append("\nExporters\n");
    rows = new ArrayList<>();
    rows.add(List.of("RESULT", "FORMAT", "NAME", "EXTENSIONS", "PRIORITY", "CLASS"));
    for (Exporter<?> e : registry.exporters()) {
      FormatInfo f = e.format();
      rows.add(
          List.of(
              e.resultType().getSimpleName(),
              f.id() + (e.binary() ? " (binary)" : ""),
              f.name(),
              extensions(f),
              Integer.toString(e.priority()),
              e.getClass().getName()));
    }
    appendTable(sb, rows);
    if (!registry.problems().isEmpty()) {
      sb.append("\nFailed to load\n");
      for (PluginProblem p : registry.problems()) {
        sb.append("  ")
            .append(p.provider())
            .append(" (")
            .append(p.service())
            .append("): ")
            .append(p.reason().strip().replaceAll("\\s*\\R\\s*", " "))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String extensions(FormatInfo f) {
    return f.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" "));
  }

  private static void appendTable(StringBuilder sb, List<List<String>> rows) {
    if (rows.size() == 1) {
      sb.append("  (none)\n");
      return;
    }
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < row.size(); c++) {
        line.append(row.get(c));
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - row.get(c).length() + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
