package org.draftkit.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;

/**
 * Finds plugins through {@link ServiceLoader}. A provider that fails to load is reported as a
 * {@link PluginProblem} with its class name, never dropped silently; the others still load.
 *
 * @param importers the importers found
 * @param exporters the exporters found
 * @param problems the providers that failed
 * @since 0.1
 */
public record PluginDiscovery(
    List<DocumentImporter> importers, List<Exporter<?>> exporters, List<PluginProblem> problems) {

  private static final Pattern PROVIDER = Pattern.compile("Provider ([\\w.$]+)");

  public PluginDiscovery {
    importers = List.copyOf(importers);
    exporters = List.copyOf(exporters);
    problems = List.copyOf(problems);
  }

  /** Discovers with the given class loader (null: the thread's context class loader). */
  public static PluginDiscovery discover(ClassLoader loader) {
    ClassLoader cl = loader != null ? loader : Thread.currentThread().getContextClassLoader();
    List<PluginProblem> problems = new ArrayList<>();
    List<DocumentImporter> importers = load(DocumentImporter.class, cl, problems);
    List<Exporter<?>> exporters = new ArrayList<>();
    for (Exporter<?> e : load(Exporter.class, cl, problems)) {
      exporters.add(e);
    }
    return new PluginDiscovery(importers, exporters, problems);
  }

  private static <S> List<S> load(Class<S> service, ClassLoader cl, List<PluginProblem> problems) {
    List<S> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<S>> it = ServiceLoader.load(service, cl).stream().iterator();
    while (true) {
      ServiceLoader.Provider<S> provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError e) {
        problems.add(new PluginProblem(service.getName(), providerName(e), describe(e)));
        continue;
      }
      try {
        found.add(provider.get());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(new PluginProblem(service.getName(), provider.type().getName(), describe(e)));
      }
    }
    return found;
  }

  private static String providerName(Throwable e) {
    Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
    return m.find() ? m.group(1) : "(unknown)";
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = e.getMessage();
    if (root != e) {
      msg = msg + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return msg;
  }
}
