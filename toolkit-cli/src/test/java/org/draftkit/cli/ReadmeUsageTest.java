package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's usage section tells the truth about the command line: every command is in its table,
 * every option of every command is mentioned, {@code compare} has its own section with an example,
 * and the help texts read as sentences.
 */
class ReadmeUsageTest {

  private static final Path README = Path.of("../README.md");

  /** Options every command has through picocli; documented once as "--help" and "--version". */
  private static final List<String> STANDARD = List.of("-h", "-V");

  private static CommandLine cli() {
    return DraftkitCli.commandLine(
        TestPlugins.toolkit(),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  private static Map<String, CommandLine> commands() {
    Map<String, CommandLine> commands = new java.util.LinkedHashMap<>(cli().getSubcommands());
    commands.remove("help");
    return commands;
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The rows of the table under "## Command line". */
  private static List<String> tableRows(String readme) {
    int from = readme.indexOf("\n## Command line");
    int to = readme.indexOf("\n## ", from + 1);
    List<String> rows = new ArrayList<>();
    for (String line : readme.substring(from, to).split("\n")) {
      if (line.startsWith("| `draftkit ")) {
        rows.add(line);
      }
    }
    return rows;
  }

  @Test
  void everyCommandIsInTheTable() throws IOException {
    List<String> rows = tableRows(readme());
    for (String name : commands().keySet()) {
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.startsWith("| `draftkit " + name + " ")
                          || r.startsWith("| `draftkit " + name + "`")),
          "the README's command table has a row for 'draftkit " + name + "'");
    }
  }

  @Test
  void everyOptionOfEveryCommandIsInTheReadme() throws IOException {
    String readme = readme();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, CommandLine> c : commands().entrySet()) {
      for (OptionSpec o : c.getValue().getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        String longest = o.longestName();
        if (!STANDARD.contains(longest) && !readme.contains(longest)) {
          missing.add(c.getKey() + " " + longest);
        }
      }
    }
    assertEquals(List.of(), missing, "options the README does not mention");
  }

  @Test
  void compareHasItsOwnSectionWithAnExample() throws IOException {
    String readme = readme();
    Matcher heading = Pattern.compile("\n### [^\n]*`compare`[^\n]*\n").matcher(readme);
    assertTrue(heading.find(), "a section whose heading names `compare`");
    int end = readme.indexOf("\n## ", heading.end());
    int next = readme.indexOf("\n### ", heading.end());
    String section = readme.substring(heading.end(), next > 0 && next < end ? next : end);
    assertTrue(
        section.matches("(?s).*```sh\n[^`]*draftkit compare [^`]*```.*"),
        "an example in a sh block: " + section);
    assertTrue(section.contains("--no-moves") && section.contains("--no-splits"), section);
  }

  @Test
  void helpTextsReadAsSentences() {
    for (Map.Entry<String, CommandLine> c : commands().entrySet()) {
      for (String paragraph : c.getValue().getCommandSpec().usageMessage().description()) {
        assertTrue(
            paragraph.strip().matches("(?s).*[.:)]"),
            "'"
                + c.getKey()
                + "': each description entry is whole sentences, not a line cut mid-sentence: "
                + paragraph);
      }
      for (int width : new int[] {60, 80, 100, 120}) {
        String help =
            c.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF).isEmpty()
                ? ""
                : usage(c.getValue(), width);
        Matcher cut = Pattern.compile("[A-Za-z]\\.\\R\\s*[a-z]").matcher(help);
        assertTrue(
            !cut.find(),
            "'"
                + c.getKey()
                + "' --help at "
                + width
                + " columns breaks a word after a dot: "
                + (cut.find(0)
                    ? help.substring(
                        Math.max(0, cut.start() - 30), Math.min(help.length(), cut.end() + 10))
                    : ""));
      }
    }
  }

  private static String usage(CommandLine cmd, int width) {
    cmd.setUsageHelpWidth(width);
    cmd.setUsageHelpAutoWidth(false);
    return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }
}
