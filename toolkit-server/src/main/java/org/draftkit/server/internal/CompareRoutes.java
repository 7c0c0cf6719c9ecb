package org.draftkit.server.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.draftkit.CompareRequest;
import org.draftkit.HistoryRequest;
import org.draftkit.Toolkit;
import org.draftkit.compare.Comparison;
import org.draftkit.compare.RevisionHistory;
import org.draftkit.model.Document;
import org.draftkit.spi.Exporter;

/**
 * {@code POST /api/compare}: two or more revisions uploaded in the repeated field {@code file},
 * oldest first, as {@code draftkit compare} takes them. Two give a redline ({@link Comparison}),
 * more give each consecutive redline and the paragraphs' lineage ({@link RevisionHistory}), in
 * {@code ?to=html|json|md|docx} (default html). {@code moves=false} and {@code splits=false} turn
 * off the detection of moves and of splits and merges; {@code from} reads every upload as one
 * format.
 */
public final class CompareRoutes implements Routes {

  static final String DEFAULT_FORMAT = "html";

  private final Toolkit toolkit;
  private final Uploads uploads;

  public CompareRoutes(Toolkit toolkit, Uploads uploads) {
    this.toolkit = toolkit;
    this.uploads = uploads;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post("/api/compare", this::compare);
  }

  private void compare(Context ctx) throws Exception {
    List<Upload> revisions =
        uploads
            .form(ctx, "two or more revisions in the field 'file', oldest first")
            .atLeast("file", 2, "revisions (oldest first)");
    boolean moves = Params.flag(ctx, "moves", true);
    boolean splits = Params.flag(ctx, "splits", true);
    if (revisions.size() == 2) {
      answer(
          ctx,
          revisions,
          Comparison.class,
          docs ->
              toolkit.compare(
                  CompareRequest.builder()
                      .older(docs.get(0))
                      .newer(docs.get(1))
                      .detectMoves(moves)
                      .detectSplits(splits)
                      .build()));
    } else {
      answer(
          ctx,
          revisions,
          RevisionHistory.class,
          docs ->
              toolkit.history(
                  HistoryRequest.builder()
                      .revisions(docs)
                      .detectMoves(moves)
                      .detectSplits(splits)
                      .build()));
    }
  }

  /** Every check before any upload is read; then the engine, then the export. */
  private <T> void answer(
      Context ctx, List<Upload> revisions, Class<T> type, Function<List<Document>, T> engine)
      throws Exception {
    Exporter<T> exporter = Params.exporter(ctx, "to", DEFAULT_FORMAT, toolkit, type, null);
    Reading reading = Reading.of(ctx, toolkit);
    List<Document> docs = new ArrayList<>(revisions.size());
    for (Upload u : revisions) {
      docs.add(reading.read(u));
    }
    Responses.export(
        ctx, exporter, engine.apply(docs), "redline-" + revisions.get(revisions.size() - 1).name());
  }
}
