package io.healthscore.serve;

import io.healthscore.HealthscoreException;
import io.healthscore.api.ApiRoutes;
import io.healthscore.company.ChurnedCompanyException;
import io.healthscore.company.UnknownCompanyException;
import io.healthscore.console.ConsoleRoutes;
import io.healthscore.telemetry.Telemetry;
import io.healthscore.web.Access;
import io.healthscore.web.Answers;
import io.healthscore.web.Authentication;
import io.healthscore.web.Backend;
import io.healthscore.web.ProblemException;
import io.healthscore.web.Sessions;
import io.healthscore.web.WebSettings;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP listener of {@code serve} (Javalin on Jetty): {@code GET /health} for orchestrators, {@code GET
 * /metrics} for Prometheus, the API under {@code /api/v1} and the web console. Every failure of an API call is a
 * problem+json answer; the server keeps serving whatever a request did.
 */
final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    static WebServer start(WebSettings settings, Backend backend, Telemetry telemetry, Supplier<Health> health) {
        Sessions sessions = new Sessions(backend.clock(), settings.sessionTimeout());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBody();
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.host = settings.address();
            config.jetty.port = settings.port();
            config.routes.beforeMatched(new Authentication(backend.users(), sessions));
            telemetry.timeRequests(config);
            config.routes.get("/health", ctx -> {
                Health now = health.get();
                ctx.status(now.up() ? 200 : 503).contentType("application/json").result(now.json() + "\n");
            }, Access.ANYONE);
            config.routes.get("/metrics", ctx -> ctx.contentType(Telemetry.CONTENT_TYPE).result(telemetry.scrape()),
                    Access.ANYONE);
            ApiRoutes.register(config.routes, backend, settings);
            ConsoleRoutes.register(config.routes, backend, sessions, settings);
            config.routes.exception(ProblemException.class, (problem, ctx) -> failed(ctx, problem));
            config.routes.exception(UnknownCompanyException.class, (error, ctx) -> failed(ctx,
                    ProblemException.notFound(error.getMessage())));
            config.routes.exception(ChurnedCompanyException.class, (error, ctx) -> failed(ctx,
                    ProblemException.conflict(error.getMessage())));
            config.routes.exception(HttpResponseException.class, (error, ctx) -> failed(ctx, fromJavalin(error, settings)));
            config.routes.exception(Exception.class, (error, ctx) -> unexpected(ctx, error));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new HealthscoreException("cannot listen on " + settings.address() + ":" + settings.port() + ": "
                    + rootMessage(e) + "; set serve.health-port to a free port (0 picks one)", e);
        }
        return new WebServer(app);
    }

    int port() {
        return app.port();
    }

    /** Every route the server has, as {@code METHOD /path}, e.g. for checking the OpenAPI document against it. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).toList();
    }

    private static void failed(Context ctx, ProblemException problem) {
        if (Authentication.isApi(ctx) || !ConsoleRoutes.showsPage(ctx)) {
            Answers.problem(ctx, problem);
        } else {
            ConsoleRoutes.errorPage(ctx, problem);
        }
    }

    private static ProblemException fromJavalin(HttpResponseException error, WebSettings settings) {
        return switch (error.getStatus()) {
            case 404 -> new ProblemException(404, "Not found", "no such route; the API's routes are listed at"
                    + " /api/v1/openapi.json");
            case 405 -> new ProblemException(405, "Method not allowed", "this route does not take that method; see"
                    + " /api/v1/openapi.json");
            case 413 -> new ProblemException(413, "Content too large", "the request body is over the limit of "
                    + settings.maxBody() + " bytes (serve.max-body); send it in smaller parts");
            default -> new ProblemException(error.getStatus(), "HTTP " + error.getStatus(), error.getMessage());
        };
    }

    private static void unexpected(Context ctx, Exception error) {
        if (error instanceof HealthscoreException known) {
            failed(ctx, new ProblemException(500, "Request failed", known.getMessage()));
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), known.getMessage());
            return;
        }
        String id = UUID.randomUUID().toString();
        LOG.error("{} {} failed unexpectedly (error {})", ctx.method(), ctx.path(), id, error);
        failed(ctx, new ProblemException(500, "Internal error", "an unexpected " + error.getClass().getSimpleName()
                + "; the service log has the details under error " + id));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        app.stop();
    }
}
