package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.draftkit.Toolkit;
import org.draftkit.json.JsonText;

/**
 * {@code GET /api/plugins}: the importers and exporters in use, and the plugins that failed to
 * load, in the shape of {@code draftkit plugins --json}.
 */
public final class PluginRoutes implements Routes {

  private final Toolkit toolkit;

  public PluginRoutes(Toolkit toolkit) {
    this.toolkit = toolkit;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/api/plugins", this::list);
  }

  private void list(Context ctx) {
    Responses.json(ctx, JsonText.plugins(toolkit.plugins()));
  }
}
