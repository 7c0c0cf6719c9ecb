package org.draftkit.cli;

/**
 * The exit codes of {@code draftkit}, as scripts rely on them.
 *
 * @since 0.1
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Any failure that is not one of the others (an output that cannot be written, a bug). */
  public static final int FAILURE = 1;

  /** The command line is wrong: unknown option, missing argument, unknown output format. */
  public static final int USAGE = 2;

  /** An input could not be read: missing, unsupported, corrupt, encrypted or over a limit. */
  public static final int INPUT = 3;

  private ExitCodes() {}
}
