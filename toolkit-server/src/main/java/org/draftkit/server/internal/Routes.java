package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;

/**
 * The endpoints of one feature. To add an endpoint, write a {@code Routes} class whose handlers
 * parse the request ({@link Uploads}, {@link Params}), call the {@link org.draftkit.Toolkit} and
 * answer with {@link Responses}; then list it in {@link HttpApi}. Errors are not handled here:
 * handlers throw, and {@link ProblemMapper} answers.
 */
public interface Routes {

  /** Registers this feature's handlers. */
  void addTo(RoutesConfig routes);
}
