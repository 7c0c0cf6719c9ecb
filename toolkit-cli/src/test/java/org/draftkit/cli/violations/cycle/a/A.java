package org.draftkit.cli.violations.cycle.a;

/** One half of a package cycle, on purpose (BoundaryTest). */
public final class A {
  public int size(org.draftkit.cli.violations.cycle.b.B b) {
    return b.hashCode();
  }
}
