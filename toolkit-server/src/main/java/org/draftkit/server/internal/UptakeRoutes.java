package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.UptakeRequest;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;
import org.draftkit.uptake.Uptake;

/**
 * {@code POST /api/uptake}: what became of each proposal of the submissions (repeated field {@code
 * submission}) in the later revisions (repeated field {@code later}, oldest first), written on an
 * optional base revision (field {@code base}), as {@code draftkit uptake} finds it. Parameters:
 * {@code as} (repeated, in submission order), {@code insertMark}, {@code deleteMark}, {@code from};
 * {@code ?to=html|json|csv|md|docx} (default html). A submission that cannot be read is left out
 * and reported; the answer is an error only when none could be read.
 */
public final class UptakeRoutes implements Routes {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;
  private final Uploads uploads;

  public UptakeRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/uptake", this::uptake);
  }

  private void uptake(Context ctx) throws Exception {
    Uploads.Form form =
        uploads.form(
            ctx, "submissions in the field 'submission' and later revisions in the field 'later'");
    List<Upload> submissions = form.atLeast("submission", 1, "submissions");
    List<Upload> later = form.atLeast("later", 1, "later revisions");
    Upload base = form.optional("base");
    List<String> names = Params.proponents(ctx, submissions.size());
    Exporter<Uptake> exporter =
        Params.exporter(ctx, "to", DEFAULT_FORMAT, toolkit, Uptake.class, null);
    Reading reading = Reading.of(ctx, toolkit);
    UptakeRequest.Builder request = UptakeRequest.builder().convention(Params.marks(ctx));
    request.base(base == null ? null : reading.read(base));
    List<Document> laterDocs = new ArrayList<>();
    for (Upload u : later) {
      laterDocs.add(reading.read(u));
    }
    SubmissionUploads read = SubmissionUploads.read(reading, submissions, names);
    Uptake result = toolkit.uptake(request.later(laterDocs).submissions(read.set()).build());
    read.report(ctx);
    Responses.export(ctx, exporter, result, "uptake");
  }
}
