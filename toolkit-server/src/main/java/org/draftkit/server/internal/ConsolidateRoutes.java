package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.draftkit.ConsolidateRequest;
import org.draftkit.Toolkit;
import org.draftkit.amend.Consolidation;
import org.draftkit.amend.MarkConvention;
import org.draftkit.spi.Exporter;

/**
 * {@code POST /api/consolidate}: the base text (field {@code base}) with the proposals of one or
 * more submissions (repeated field {@code submission}) applied, as {@code draftkit consolidate}
 * does. Parameters: {@code as} (repeated: the proponents, in submission order), {@code prefer},
 * {@code option} (repeated {@code GROUP=NAME}), {@code insertMark}, {@code deleteMark}, {@code
 * from}; {@code ?to=json|html|md|txt|docx} (default json). A submission that cannot be read is left
 * out and reported in the result's diagnostics (see {@link SubmissionUploads}).
 */
public final class ConsolidateRoutes implements Routes {

  static final String DEFAULT_FORMAT = "json";

  private final Toolkit toolkit;
  private final Uploads uploads;

  public ConsolidateRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/consolidate", this::consolidate);
  }

  private void consolidate(Context ctx) throws Exception {
    Uploads.Form form =
        uploads.form(
            ctx, "the base text in the field 'base' and submissions in the field 'submission'");
    Upload base = form.required("base");
    List<Upload> submissions = form.atLeast("submission", 1, "submissions");
    List<String> names = Params.proponents(ctx, submissions.size());
    Exporter<Consolidation> exporter =
        Params.exporter(ctx, "to", DEFAULT_FORMAT, toolkit, Consolidation.class, null);
    Reading reading = Reading.of(ctx, toolkit);
    MarkConvention convention = Params.marks(ctx);
    String prefer = Params.text(ctx, "prefer");
    Map<String, String> options = Params.choices(ctx, "option");

    ConsolidateRequest.Builder request =
        ConsolidateRequest.builder().base(reading.read(base)).marks(convention).options(options);
    if (prefer != null) {
      request.prefer(prefer);
    }
    SubmissionUploads read = SubmissionUploads.read(reading, submissions, names);
    Consolidation result = toolkit.consolidate(request.submissions(read.set()).build());
    read.report(ctx);
    Responses.export(ctx, exporter, result, "consolidated-" + base.name());
  }
}
