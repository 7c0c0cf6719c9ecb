package org.draftkit.cli.violations.cycle.b;

/** The other half of a package cycle, on purpose (BoundaryTest). */
public final class B {
  public int size(org.draftkit.cli.violations.cycle.a.A a) {
    return a.hashCode();
  }
}
