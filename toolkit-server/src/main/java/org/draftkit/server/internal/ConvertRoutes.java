package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;

/**
 * {@code POST /api/convert}: a multipart upload (field {@code file}, optional {@code from})
 * converted to {@code ?to=json|md|txt|html|docx} (default json), as {@code draftkit convert} does.
 */
public final class ConvertRoutes implements Routes {

  private final Toolkit toolkit;
  private final Uploads uploads;

  public ConvertRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/convert", this::convert);
  }

  private void convert(Context ctx) throws Exception {
    Upload upload = uploads.required(ctx, "file");
    String from = Params.format(ctx, "from", upload.name());
    Exporter<Document> exporter =
        Params.exporter(ctx, "to", "json", toolkit, Document.class, upload.name());
    Reading reading = new Reading(toolkit, from, Reading.options(ctx));
    Responses.export(ctx, exporter, reading.read(upload), upload.name());
  }
}
