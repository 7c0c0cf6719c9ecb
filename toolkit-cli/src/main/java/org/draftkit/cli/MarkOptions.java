package org.draftkit.cli;

import org.draftkit.amend.MarkConvention;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared {@code --insert-mark} and {@code --delete-mark} options: which formatting in a
 * submission means "inserted" and which "deleted".
 *
 * @since 0.1
 */
public final class MarkOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--insert-mark",
      paramLabel = "MARK",
      description = "What marks inserted words: bold, underline or ins (default: any of them).")
  private String insertMark;

  @Option(
      names = "--delete-mark",
      paramLabel = "MARK",
      description = "What marks deleted words: strike or del (default: either).")
  private String deleteMark;

  /**
   * The convention the options describe.
   *
   * @throws ParameterException for an unknown mark (a usage error)
   */
  public MarkConvention convention() {
    return MarkConvention.of(insertMark, deleteMark)
        .orElseThrow(
            () ->
                new ParameterException(
                    mixee.commandLine(),
                    "--insert-mark takes bold, underline or ins; --delete-mark takes strike or del"));
  }
}
