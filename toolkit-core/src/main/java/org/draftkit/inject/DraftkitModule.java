package org.draftkit.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Objects;
import java.util.Set;
import org.draftkit.Limits;
import org.draftkit.Toolkit;
import org.draftkit.registry.PluginDiscovery;
import org.draftkit.registry.PluginProblem;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;

/**
 * Binds the plugins found by {@link PluginDiscovery} into Guice multibindings and provides one
 * {@link Toolkit} built from them. Other modules may add importers and exporters with {@link
 * #importers(com.google.inject.Binder)} / {@link #exporters(com.google.inject.Binder)} and override
 * {@link Limits} through its {@link OptionalBinder}.
 *
 * <p>Discovery happens before the module is built ({@link #withDiscoveredPlugins()}), never inside
 * {@link #configure()}.
 *
 * @since 0.1
 */
public final class DraftkitModule extends AbstractModule {

  private final PluginDiscovery discovery;

  public DraftkitModule(PluginDiscovery discovery) {
    this.discovery = Objects.requireNonNull(discovery, "discovery");
  }

  /** A module with the plugins ServiceLoader finds on the context class loader. */
  public static DraftkitModule withDiscoveredPlugins() {
    return new DraftkitModule(PluginDiscovery.discover(null));
  }

  /** The importer multibinder, for modules that contribute importers. */
  public static Multibinder<DocumentImporter> importers(com.google.inject.Binder binder) {
    return Multibinder.newSetBinder(binder, DocumentImporter.class);
  }

  /** The exporter multibinder, for modules that contribute exporters. */
  public static Multibinder<Exporter<?>> exporters(com.google.inject.Binder binder) {
    return Multibinder.newSetBinder(binder, new TypeLiteral<Exporter<?>>() {});
  }

  @Override
  protected void configure() {
    Multibinder<DocumentImporter> importers = importers(binder());
    for (DocumentImporter importer : discovery.importers()) {
      importers.addBinding().toInstance(importer);
    }
    Multibinder<Exporter<?>> exporters = exporters(binder());
    for (Exporter<?> exporter : discovery.exporters()) {
      exporters.addBinding().toInstance(exporter);
    }
    Multibinder<PluginProblem> problems = Multibinder.newSetBinder(binder(), PluginProblem.class);
    for (PluginProblem problem : discovery.problems()) {
      problems.addBinding().toInstance(problem);
    }
    OptionalBinder.newOptionalBinder(binder(), Limits.class)
        .setDefault()
        .toInstance(Limits.defaults());
  }

  @Provides
  @Singleton
  Toolkit toolkit(
      Set<DocumentImporter> importers,
      Set<Exporter<?>> exporters,
      Set<PluginProblem> problems,
      Limits limits) {
    Toolkit.Builder b = Toolkit.builder().limits(limits);
    importers.forEach(b::importer);
    exporters.forEach(b::exporter);
    problems.forEach(b::problem);
    return b.build();
  }
}
