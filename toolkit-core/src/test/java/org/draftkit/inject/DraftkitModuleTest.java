package org.draftkit.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.draftkit.Toolkit;
import org.draftkit.registry.PluginDiscovery;
import org.junit.jupiter.api.Test;

class DraftkitModuleTest {

  @Test
  void providesOneToolkitWithTheDiscoveredPluginsAndProblems() {
    Injector injector =
        Guice.createInjector(
            new DraftkitModule(PluginDiscovery.discover(getClass().getClassLoader())));
    Toolkit toolkit = injector.getInstance(Toolkit.class);
    assertSame(toolkit, injector.getInstance(Toolkit.class));
    assertEquals(java.util.List.of("lines"), toolkit.plugins().importFormats());
    assertEquals(2, toolkit.plugins().problems().size());
  }
}
