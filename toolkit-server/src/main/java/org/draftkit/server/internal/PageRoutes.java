package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /}: the web page for people, and the script and style sheet it loads from {@code
 * /page/…}. The three files ship in the jar (no network, no build step) and are read once; the page
 * calls only the documented {@code /api/…} endpoints.
 */
public final class PageRoutes implements Routes {

  private static final String RESOURCES = "/org/draftkit/server/page/";

  /** What the page is made of: the path served, the resource and its media type. */
  private record Asset(String path, String resource, String mediaType) {}

  private static final Asset[] ASSETS = {
    new Asset("/", "index.html", "text/html; charset=utf-8"),
    new Asset("/page/app.js", "app.js", "text/javascript; charset=utf-8"),
    new Asset("/page/app.css", "app.css", "text/css; charset=utf-8"),
  };

  private final Map<String, byte[]> bodies = new LinkedHashMap<>();

  public PageRoutes() {
    for (Asset a : ASSETS) {
      bodies.put(a.path(), load(a.resource()));
    }
  }

  @Override
  public void addTo(RoutesConfig routes) {
    for (Asset a : ASSETS) {
      byte[] body = bodies.get(a.path());
      routes.get(a.path(), ctx -> answer(ctx, a.mediaType(), body));
    }
  }

  private static void answer(Context ctx, String mediaType, byte[] body) {
    ctx.status(200)
        .contentType(mediaType)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", "DENY")
        .header("Cache-Control", "no-cache")
        .result(body);
  }

  private static byte[] load(String name) {
    try (InputStream in = PageRoutes.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the page resource " + RESOURCES + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the page resource " + RESOURCES + name + " cannot be read", e);
    }
  }
}
