package org.draftkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {

  @Test
  void brokenProvidersAreReportedByClassNameAndTheOthersStillLoad() {
    PluginDiscovery found = PluginDiscovery.discover(getClass().getClassLoader());
    assertEquals(List.of("lines"), found.importers().stream().map(i -> i.format().id()).toList());
    List<String> failed = found.problems().stream().map(PluginProblem::provider).sorted().toList();
    assertEquals(
        List.of("org.draftkit.testing.FailingImporter", "org.draftkit.testing.NoSuchImporter"),
        failed);
    PluginProblem ctor =
        found.problems().stream()
            .filter(p -> p.provider().endsWith("FailingImporter"))
            .findFirst()
            .orElseThrow();
    assertTrue(ctor.reason().contains("missing native library"), ctor.reason());
  }
}
