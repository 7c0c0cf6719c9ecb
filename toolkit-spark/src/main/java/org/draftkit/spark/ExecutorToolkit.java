package org.draftkit.spark;

import com.google.inject.Guice;
import org.draftkit.Toolkit;
import org.draftkit.inject.DraftkitModule;

/**
 * The one {@link Toolkit} of a JVM (driver or executor), built on first use exactly as the command
 * line builds its own (plugins discovered with ServiceLoader, default limits), so that both give
 * the same outputs. The holder is immutable once built and the toolkit is thread-safe: tasks
 * running side by side on an executor share it, and nothing else.
 */
final class ExecutorToolkit {

  private ExecutorToolkit() {}

  /** Initialized by the JVM on first access, once, under the class-initialization lock. */
  private static final class Holder {
    static final Toolkit TOOLKIT =
        Guice.createInjector(DraftkitModule.withDiscoveredPlugins()).getInstance(Toolkit.class);
  }

  static Toolkit get() {
    return Holder.TOOLKIT;
  }
}
