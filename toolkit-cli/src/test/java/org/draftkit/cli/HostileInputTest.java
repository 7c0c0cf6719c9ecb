package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.draftkit.Limits;
import org.draftkit.Toolkit;
import org.draftkit.testkit.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt, through the command line as a user meets them: each is refused with exit
 * code 3 and one line naming the file and the limit or the reason, never a crash, a hang or an
 * empty success. ({@code bench/hostile.sh} times the same files and records peak memory.)
 */
class HostileInputTest {

  private final Toolkit toolkit = real(Limits.defaults());

  /** The real plugins, as the shipped command line has them. */
  private static Toolkit real(Limits limits) {
    return Toolkit.builder().discoverPlugins().limits(limits).build();
  }

  @TempDir Path dir;

  private CliRun convert(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return CliRun.run(toolkit, "convert", p.toString());
  }

  private static void refused(CliRun r, String name, String reason) {
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals("", r.out(), r::toString);
    String[] lines = r.errLines();
    assertEquals(1, lines.length, r::toString);
    assertTrue(lines[0].contains(name), () -> "names " + name + ": " + r);
    assertTrue(lines[0].contains(reason), () -> "says " + reason + ": " + r);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void aDocxThatExpandsAHundredfoldIsAZipBomb() throws IOException {
    byte[] bomb = HostileInputs.docxZipBomb(300);
    assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
    refused(convert("bomb.docx", bomb), "bomb.docx", "zip bomb");
  }

  @Test
  void entityExpansionIsRefused() throws IOException {
    refused(convert("laughs.docx", HostileInputs.docxBillionLaughs()), "laughs.docx", "DTD");
  }

  @Test
  void externalEntitiesAreRefusedAndNothingOfTheFileIsRead() throws IOException {
    CliRun r = convert("xxe.docx", HostileInputs.docxExternalEntity());
    refused(r, "xxe.docx", "DTD");
    assertFalse(r.err().contains("root:"), r::toString);
  }

  @Test
  void tablesNestedTenThousandDeepInDocxAreRefused() throws IOException {
    refused(
        convert("nested.docx", HostileInputs.docxNestedTables(10_000)), "nested.docx", "nested");
  }

  @Test
  void tablesNestedTenThousandDeepInHtmlAreReadWithTheirText() throws IOException {
    // the HTML parser bounds its own nesting, so the page is read, not refused: the words are all
    // there
    CliRun r = convert("nested.html", HostileInputs.htmlNestedTables(10_000));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("\"text\": \"deep\""), r::toString);
  }

  @Test
  void aCyclicPageTreeIsRefused() throws IOException {
    refused(convert("cycle.pdf", HostileInputs.pdfCyclicPageTree()), "cycle.pdf", "page");
  }

  @Test
  void morePagesThanTheLimitAreRefused() throws IOException {
    refused(
        convert("pages.pdf", HostileInputs.pdfManyPages(Limits.defaults().maxPages() + 1)),
        "pages.pdf",
        "pages");
  }

  @Test
  void moreParagraphsThanTheLimitAreRefused() throws IOException {
    Toolkit small = real(Limits.defaults().withMaxParagraphs(1_000));
    Path p = dir.resolve("flood.html");
    Files.write(p, HostileInputs.htmlParagraphFlood(1_001));
    refused(CliRun.run(small, "convert", p.toString()), "flood.html", "paragraphs");
  }

  @Test
  void theTimeLimitIsAnsweredWithTheTypedError() throws IOException {
    Toolkit hasty = real(Limits.defaults().withTimeout(Duration.ofMillis(1)));
    Path p = dir.resolve("flood.html");
    Files.write(p, HostileInputs.htmlParagraphFlood(50_000));
    refused(CliRun.run(hasty, "convert", p.toString()), "flood.html", "time limit");
  }
}
