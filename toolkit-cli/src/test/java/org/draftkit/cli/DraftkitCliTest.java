package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DraftkitCliTest {

  @Test
  void versionComesFromTheBuild() {
    CliRun r = CliRun.run(TestPlugins.toolkit(), "--version");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().matches("draftkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun r = CliRun.run(TestPlugins.toolkit(), "--help");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("convert"), r::toString);
    assertTrue(r.out().contains("plugins"), r::toString);
    assertTrue(r.out().contains("3  an input could not be read"), r::toString);
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.run(TestPlugins.toolkit());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertEquals("draftkit: missing command (see 'draftkit --help')\n", r.err());
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun r = CliRun.run(TestPlugins.toolkit(), "convrt", "x.md");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertEquals(
        "draftkit: unknown command 'convrt'; the closest is 'convert' (see 'draftkit --help')\n",
        r.err());
    assertTrue(r.out().isEmpty(), r::toString);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun r = CliRun.run(TestPlugins.toolkit(), "plugins", "--yaml");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
    assertTrue(
        r.err().startsWith("draftkit: unknown option '--yaml'; the closest is "), r::toString);
  }

  @Test
  void exitCodeMapping() {
    assertEquals(
        ExitCodes.INPUT,
        ErrorHandler.exitCode(new org.draftkit.EncryptedDocumentException("a.pdf", "encrypted")));
    assertEquals(
        ExitCodes.INPUT,
        ErrorHandler.exitCode(new org.draftkit.LimitExceededException("a.pdf", "too many pages")));
    assertEquals(
        ExitCodes.FAILURE,
        ErrorHandler.exitCode(new org.draftkit.ExportException("a.docx", "cannot be written")));
    assertEquals(ExitCodes.FAILURE, ErrorHandler.exitCode(new IllegalStateException("bug")));
  }

  @Test
  void unexpectedErrorsAreOneLineWithoutStackTrace() {
    assertEquals(
        "unexpected error: IllegalStateException: bug in a b (run with --debug for details)",
        ErrorHandler.message(new IllegalStateException("bug in a\n  b"), false));
  }
}
