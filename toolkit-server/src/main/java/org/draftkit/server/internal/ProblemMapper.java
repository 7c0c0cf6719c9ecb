package org.draftkit.server.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.draftkit.CorruptDocumentException;
import org.draftkit.DraftkitException;
import org.draftkit.EncryptedDocumentException;
import org.draftkit.ExportException;
import org.draftkit.ImportException;
import org.draftkit.LimitExceededException;
import org.draftkit.UnsupportedFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers: every error the API gives is an RFC 9457
 * {@code application/problem+json} body. Unexpected exceptions become a 500 whose body carries only
 * a random incident id; the stack trace goes to the server log under that id. Stateless and
 * thread-safe.
 */
public final class ProblemMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  /** Registers the mapping for every exception, every {@link Error} and unmatched routes. */
  public void addTo(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    routes.exception(Exception.class, this::handle);
    config.router.javaLangErrorHandler(this::handleError);
    routes.error(
        404,
        ctx ->
            answerIfEmpty(
                ctx, ProblemType.NOT_FOUND, "no endpoint " + ctx.method() + " " + ctx.path()));
    routes.error(
        405,
        ctx ->
            answerIfEmpty(
                ctx,
                ProblemType.METHOD_NOT_ALLOWED,
                "method " + ctx.method() + " is not allowed on " + ctx.path()));
  }

  private void handle(Exception e, Context ctx) {
    answer(ctx, toProblem(e, ctx.method() + " " + ctx.path(), ctx.path()));
  }

  /** An {@link Error} (out of memory, a linkage error in a plugin) thrown by a handler. */
  private void handleError(HttpServletResponse response, Error error) {
    Problem problem = incident(error, "a request", null);
    response.setStatus(problem.type().status());
    response.setContentType(Problem.MEDIA_TYPE);
    try {
      response.getOutputStream().write(problem.toJson().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.warn(
          "incident {}: the error response could not be sent: {}",
          problem.incident(),
          e.toString());
    }
  }

  /**
   * The problem for an exception.
   *
   * @param e what was thrown while handling the request
   * @param request the method and path, for the log
   * @param instance the request path
   */
  Problem toProblem(Throwable e, String request, String instance) {
    if (e instanceof ApiProblemException p) {
      return new Problem(p.type(), p.getMessage(), instance, p.source(), null);
    }
    if (e instanceof DraftkitException d) {
      return new Problem(typeOf(d), d.getMessage(), instance, d.source(), null);
    }
    if (e instanceof HttpResponseException h) {
      ProblemType type = forStatus(h.getStatus());
      if (type != null) {
        return new Problem(
            type, h.getMessage() == null ? type.title() : h.getMessage(), instance, null, null);
      }
    }
    return incident(e, request, instance);
  }

  /**
   * A 500: the stack trace goes to the log under a new incident id, the client gets only the id.
   */
  private static Problem incident(Throwable e, String request, String instance) {
    String incident = UUID.randomUUID().toString();
    LOG.error("incident {}: {} failed", incident, request, e);
    return new Problem(
        ProblemType.INTERNAL_ERROR,
        "the server failed to handle the request; quote incident "
            + incident
            + " when reporting it",
        instance,
        null,
        incident);
  }

  private static ProblemType typeOf(DraftkitException e) {
    if (e instanceof UnsupportedFormatException) {
      return ProblemType.UNSUPPORTED_FORMAT;
    }
    if (e instanceof EncryptedDocumentException) {
      return ProblemType.ENCRYPTED_DOCUMENT;
    }
    if (e instanceof CorruptDocumentException) {
      return ProblemType.CORRUPT_DOCUMENT;
    }
    if (e instanceof LimitExceededException) {
      return ProblemType.LIMIT_EXCEEDED;
    }
    if (e instanceof ImportException) {
      return ProblemType.UNREADABLE_DOCUMENT;
    }
    if (e instanceof ExportException) {
      return ProblemType.EXPORT_FAILED;
    }
    return ProblemType.UNREADABLE_DOCUMENT;
  }

  private static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> ProblemType.BAD_REQUEST;
      case 404 -> ProblemType.NOT_FOUND;
      case 405 -> ProblemType.METHOD_NOT_ALLOWED;
      case 413 -> ProblemType.UPLOAD_TOO_LARGE;
      case 415 -> ProblemType.UNSUPPORTED_FORMAT;
      default -> null;
    };
  }

  private static void answerIfEmpty(Context ctx, ProblemType type, String detail) {
    String current = ctx.res().getContentType();
    if (current == null || !current.startsWith(Problem.MEDIA_TYPE)) {
      answer(ctx, new Problem(type, detail, ctx.path(), null, null));
    }
  }

  private static void answer(Context ctx, Problem problem) {
    ctx.status(problem.type().status()).contentType(Problem.MEDIA_TYPE).result(problem.toJson());
  }
}
