package org.draftkit.cli;

/**
 * A command failed for a reason the user can act on; its message is shown as it is (exit code
 * {@link ExitCodes#FAILURE}). The original exception is kept as the cause for {@code --debug}.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
