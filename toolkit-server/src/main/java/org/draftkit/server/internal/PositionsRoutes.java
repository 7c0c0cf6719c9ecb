package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.draftkit.PositionsRequest;
import org.draftkit.Toolkit;
import org.draftkit.amend.MarkConvention;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.Exporter;

/**
 * {@code POST /api/positions}: the paragraph × stakeholder table of stances read from one or more
 * submissions (repeated field {@code submission}), with rows following an optional base revision
 * (field {@code base}), as {@code draftkit positions} builds it. With a base, the field {@code
 * renumberFrom} takes the earlier revision the submissions' numbers refer to ({@code
 * --renumber-from}). Parameters: {@code as} (repeated: the stakeholders, in submission order),
 * {@code insertMark}, {@code deleteMark}, {@code from}; {@code ?to=html|json|csv|md|docx} (default
 * html). A submission that cannot be read is left out and reported in the table's diagnostics; the
 * answer is an error only when none could be read.
 */
public final class PositionsRoutes implements Routes {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;
  private final Uploads uploads;

  public PositionsRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/positions", this::positions);
  }

  private void positions(Context ctx) throws Exception {
    Uploads.Form form = uploads.form(ctx, "submissions in the field 'submission'");
    List<Upload> submissions = form.atLeast("submission", 1, "submissions");
    Upload base = form.optional("base");
    Upload earlier = form.optional("renumberFrom");
    if (earlier != null && base == null) {
      throw new ApiProblemException(
          ProblemType.BAD_REQUEST,
          null,
          "the field 'renumberFrom' needs the field 'base': the numbers are mapped to the base's");
    }
    List<String> names = Params.proponents(ctx, submissions.size());
    Exporter<PositionTable> exporter =
        Params.exporter(ctx, "to", DEFAULT_FORMAT, toolkit, PositionTable.class, null);
    Reading reading = Reading.of(ctx, toolkit);
    MarkConvention convention = Params.marks(ctx);

    PositionsRequest.Builder request = PositionsRequest.builder().marks(convention);
    if (base != null) {
      request.base(reading.read(base));
    }
    if (earlier != null) {
      request.renumberFrom(reading.read(earlier));
    }
    SubmissionUploads read = SubmissionUploads.read(reading, submissions, names);
    PositionTable table = toolkit.positions(request.submissions(read.set()).build());
    read.report(ctx);
    Responses.export(ctx, exporter, table, base == null ? "positions" : "positions-" + base.name());
  }
}
