package org.draftkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.Toolkit;
import org.draftkit.server.support.Api;
import org.junit.jupiter.api.Test;

/** {@code GET /} serves the page, and everything it loads comes from this server (no CDN). */
class PageTest {

  @Test
  void thePageAndWhatItLoadsAreServedHere() throws Exception {
    try (DraftkitServer server =
        DraftkitServer.start(Toolkit.builder().build(), ServerOptions.defaults().withPort(0))) {
      Api api = new Api(server.port());
      HttpResponse<String> page = api.get("/");
      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(page.body().contains("<html lang=\"en\">"), page.body());
      Matcher refs = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page.body());
      int count = 0;
      while (refs.find()) {
        String ref = refs.group(1);
        assertTrue(ref.startsWith("/"), "loaded from this server: " + ref);
        HttpResponse<String> asset = api.get(ref);
        assertEquals(200, asset.statusCode(), ref);
        assertFalse(
            asset.body().contains("http://") || asset.body().contains("https://"),
            ref + " fetches nothing outside");
        count++;
      }
      assertEquals(2, count, "the script and the style sheet");
      assertTrue(
          api.get("/page/app.js")
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("text/javascript"));
      assertEquals(404, api.get("/page/other.js").statusCode());
    }
  }
}
