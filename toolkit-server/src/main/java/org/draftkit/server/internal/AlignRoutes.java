package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.draftkit.AlignRequest;
import org.draftkit.Toolkit;
import org.draftkit.align.Alignment;
import org.draftkit.spi.Exporter;

/**
 * {@code POST /api/align}: two or more language versions of one text uploaded in the repeated field
 * {@code file}, in column order, as {@code draftkit align} takes them; each version is named by the
 * language code ending its file name ({@code bbnj_fr.pdf} → {@code fr}). Answers the {@link
 * Alignment} in {@code ?to=html|json|csv} (default html). {@code from} reads every upload as one
 * format; {@code ocr=auto|never|always} and {@code lang} are passed to the PDF importer.
 */
public final class AlignRoutes implements Routes {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;
  private final Uploads uploads;

  public AlignRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/align", this::align);
  }

  private void align(Context ctx) throws Exception {
    List<Upload> versions =
        uploads
            .form(ctx, "two or more language versions in the field 'file'")
            .atLeast("file", 2, "language versions");
    Exporter<Alignment> exporter =
        Params.exporter(ctx, "to", DEFAULT_FORMAT, toolkit, Alignment.class, null);
    Reading reading = Reading.of(ctx, toolkit);
    AlignRequest.Builder request = AlignRequest.builder();
    for (Upload u : versions) {
      request.version(AlignRequest.nameOf(u.name()), reading.read(u));
    }
    Responses.export(
        ctx, exporter, toolkit.align(request.build()), "alignment-" + versions.get(0).name());
  }
}
