package org.draftkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.spi.Detection;
import org.draftkit.testing.StubImporter;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

  private final StubImporter pdf =
      new StubImporter(
          "pdf", List.of("pdf"), h -> startsWith(h, "%PDF") ? Detection.CERTAIN : Detection.NO, 0);
  private final StubImporter text = new StubImporter("txt", List.of("txt"), h -> Detection.WEAK, 0);
  private final StubImporter md =
      new StubImporter(
          "md",
          List.of("md", "markdown"),
          h -> startsWith(h, "#") ? Detection.LIKELY : Detection.WEAK,
          0);
  private final PluginRegistry registry =
      new PluginRegistry(List.of(text, md, pdf), List.of(), List.of());

  private static boolean startsWith(byte[] head, String prefix) {
    return new String(head, StandardCharsets.ISO_8859_1).startsWith(prefix);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void contentWinsOverTheExtension() throws Exception {
    assertSame(pdf, registry.selectImporter(bytes("%PDF-1.7"), "report.md", null));
    assertSame(md, registry.selectImporter(bytes("# Title"), "notes.txt", null));
  }

  @Test
  void theExtensionDecidesWhenContentIsOnlyWeaklyRecognised() throws Exception {
    assertSame(text, registry.selectImporter(bytes("plain words"), "a.txt", null));
    assertSame(md, registry.selectImporter(bytes("plain words"), "a.markdown", null));
  }

  @Test
  void withoutAnExtensionTheSurestImporterWinsAndTiesGoToPriorityThenId() throws Exception {
    // md and txt are both WEAK: equal priority, so the format id decides ("md" < "txt")
    assertSame(md, registry.selectImporter(bytes("plain words"), "noext", null));
    StubImporter preferred = new StubImporter("zzz", List.of("zzz"), h -> Detection.WEAK, 5);
    PluginRegistry r = new PluginRegistry(List.of(md, preferred, text), List.of(), List.of());
    assertSame(preferred, r.selectImporter(bytes("plain words"), "noext", null));
  }

  @Test
  void loadOrderNeverMatters() throws Exception {
    PluginRegistry reversed = new PluginRegistry(List.of(pdf, md, text), List.of(), List.of());
    for (String name : new String[] {"x", "x.txt", "x.md"}) {
      assertSame(
          registry.selectImporter(bytes("words"), name, null),
          reversed.selectImporter(bytes("words"), name, null));
    }
  }

  @Test
  void forcedFormatOverridesDetection() throws Exception {
    assertSame(text, registry.selectImporter(bytes("%PDF-1.7"), "x.pdf", "txt"));
    assertSame(md, registry.selectImporter(bytes("%PDF-1.7"), "x.pdf", "markdown"));
    UnsupportedFormatException e =
        assertThrows(
            UnsupportedFormatException.class,
            () -> registry.selectImporter(bytes("x"), "x.pdf", "odt"));
    assertTrue(e.getMessage().contains("x.pdf") && e.getMessage().contains("odt"), e.getMessage());
  }

  @Test
  void nothingFitsGivesAnUnsupportedFormatErrorNamingTheFile() {
    PluginRegistry onlyPdf = new PluginRegistry(List.of(pdf), List.of(), List.of());
    UnsupportedFormatException e =
        assertThrows(
            UnsupportedFormatException.class,
            () -> onlyPdf.selectImporter(bytes("hello"), "notes.odt", null));
    assertTrue(e.getMessage().startsWith("notes.odt: "), e.getMessage());
    assertTrue(e.getMessage().contains("readable: pdf"), e.getMessage());
  }

  @Test
  void aThrowingDetectorIsIgnored() throws Exception {
    StubImporter broken =
        new StubImporter(
            "broken",
            List.of("b"),
            h -> {
              throw new IllegalStateException("boom");
            },
            100);
    PluginRegistry r = new PluginRegistry(List.of(broken, pdf), List.of(), List.of());
    assertSame(pdf, r.selectImporter(bytes("%PDF-1.4"), "x", null));
  }

  @Test
  void extensions() {
    assertEquals("pdf", PluginRegistry.extension("dir.v2/A_80.L41.PDF").orElseThrow());
    assertTrue(PluginRegistry.extension("README").isEmpty());
    assertTrue(PluginRegistry.extension(".hidden").isEmpty());
    assertTrue(PluginRegistry.extension(null).isEmpty());
  }
}
