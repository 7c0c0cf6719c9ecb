package org.draftkit.server.internal;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import org.draftkit.Toolkit;
import org.draftkit.server.ServerOptions;

/**
 * Assembles the Javalin application: settings, the error mapping, the job limits ({@link
 * JobLimiter}) and every feature's {@link Routes}.
 */
public final class HttpApi {

  private HttpApi() {}

  /** A configured, not yet started application. */
  public static Javalin create(Toolkit toolkit, ServerOptions options) {
    Uploads uploads = new Uploads(options.maxUploadBytes());
    ProblemMapper problems = new ProblemMapper();
    JobLimiter jobs =
        new JobLimiter(
            options.maxJobs(),
            options.maxQueued(),
            options.jobTimeLimit(),
            uploads.maxRequestBytes());
    List<Routes> features =
        List.of(
            new PageRoutes(),
            new PluginRoutes(toolkit),
            new ConvertRoutes(toolkit, uploads),
            new CompareRoutes(toolkit, uploads),
            new ConsolidateRoutes(toolkit, uploads),
            new PositionsRoutes(toolkit, uploads),
            new UptakeRoutes(toolkit, uploads),
            new AlignRoutes(toolkit, uploads));
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jetty.host = options.host();
          config.jetty.port = options.port();
          config.http.maxRequestSize = uploads.maxRequestBytes();
          // Jetty's own limits stop a body that never ends; Uploads gives the precise 413 below
          // them
          config.jetty.multipartConfig.maxFileSize(uploads.maxRequestBytes(), SizeUnit.BYTES);
          config.jetty.multipartConfig.maxTotalRequestSize(
              uploads.maxRequestBytes(), SizeUnit.BYTES);
          config.routes.before(uploads::refuseOversizedRequest);
          config.router.handlerWrapper(jobs::wrap);
          config.events.serverStopped(jobs::close);
          config.events.serverStartFailed(jobs::close);
          problems.addTo(config);
          for (Routes feature : features) {
            feature.addTo(config.routes);
          }
        });
  }
}
