package org.draftkit.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help texts are laid out: a command's description is wrapped between words only, each entry of
 * its {@code description} a paragraph. (picocli's own wrapping may break after a dot inside a word,
 * as in "batch-report.⏎json".)
 */
final class HelpText {

  private HelpText() {}

  /** Applies this layout to a command and all its subcommands. */
  static void apply(CommandLine cmd) {
    cmd.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpText::description);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      apply(sub);
    }
  }

  private static String description(Help help) {
    String[] paragraphs = help.commandSpec().usageMessage().description();
    int width = help.commandSpec().usageMessage().width();
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      wrap(help.commandSpec().interpolateVariables() ? interpolate(help, p) : p, width, out);
    }
    return out.toString();
  }

  private static String interpolate(Help help, String text) {
    return help.colorScheme().text(text).plainString();
  }

  /**
   * Appends {@code text} wrapped at spaces to lines of at most {@code width} characters (longer
   * words stay whole).
   */
  static void wrap(String text, int width, StringBuilder out) {
    int line = 0;
    for (String word : List.of(text.strip().split("\\s+"))) {
      if (line > 0 && line + 1 + word.length() > width) {
        out.append(System.lineSeparator());
        line = 0;
      }
      if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    out.append(System.lineSeparator());
  }
}
