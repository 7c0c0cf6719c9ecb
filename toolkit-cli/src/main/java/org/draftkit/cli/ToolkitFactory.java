package org.draftkit.cli;

import java.lang.reflect.Constructor;
import java.util.Objects;
import org.draftkit.Toolkit;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates picocli's objects: a class with a constructor taking a {@link Toolkit} (every subcommand)
 * gets the one toolkit of this run; everything else is left to picocli's own factory.
 */
final class ToolkitFactory implements IFactory {

  private final Toolkit toolkit;
  private final IFactory fallback = CommandLine.defaultFactory();

  ToolkitFactory(Toolkit toolkit) {
    this.toolkit = Objects.requireNonNull(toolkit, "toolkit");
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Constructor<K> withToolkit;
    try {
      withToolkit = type.getDeclaredConstructor(Toolkit.class);
    } catch (NoSuchMethodException e) {
      return fallback.create(type);
    }
    return withToolkit.newInstance(toolkit);
  }
}
