package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.draftkit.Toolkit;
import org.draftkit.registry.PluginProblem;
import org.draftkit.registry.PluginRegistry;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

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
    PluginRegistry registry = toolkit.plugins();
    Json json = new Json().beginObject();
    json.name("importers").beginArray();
    for (DocumentImporter importer : registry.importers()) {
      json.beginObject();
      format(json, importer.format());
      json.member("priority", importer.priority())
          .member("class", importer.getClass().getName())
          .endObject();
    }
    json.endArray();
    json.name("exporters").beginArray();
    for (Exporter<?> exporter : registry.exporters()) {
      json.beginObject();
      format(json, exporter.format());
      json.member("resultType", exporter.resultType().getSimpleName())
          .member("resultClass", exporter.resultType().getName())
          .member("binary", exporter.binary())
          .member("priority", exporter.priority())
          .member("class", exporter.getClass().getName())
          .endObject();
    }
    json.endArray();
    json.name("problems").beginArray();
    for (PluginProblem problem : registry.problems()) {
      json.beginObject()
          .member("service", problem.service())
          .member("class", problem.provider())
          .member("reason", problem.reason())
          .endObject();
    }
    json.endArray();
    Responses.json(ctx, json.endObject());
  }

  private static void format(Json json, FormatInfo format) {
    json.member("format", format.id())
        .member("name", format.name())
        .member("extensions", format.extensions())
        .member("mediaType", format.mediaType());
  }
}
