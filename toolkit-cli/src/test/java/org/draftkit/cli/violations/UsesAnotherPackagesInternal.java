package org.draftkit.cli.violations;

import org.draftkit.server.internal.ProblemType;

/**
 * Breaks the internal-package rule on purpose (BoundaryTest): the CLI using the server's internals.
 */
public final class UsesAnotherPackagesInternal {
  public String name() {
    return ProblemType.BAD_REQUEST.name();
  }
}
