package io.healthscore.console;

import io.healthscore.web.Access;
import io.healthscore.web.Authentication;
import io.healthscore.web.Backend;
import io.healthscore.web.HealthTarget;
import io.healthscore.web.ProblemException;
import io.healthscore.web.Sessions;
import io.healthscore.web.WebSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The web console: pages rendered on the server for people signed in with their API token. Viewers read the
 * portfolio, the companies, recent updates and runs; CSMs and admins also set a company's status.
 */
public final class ConsoleRoutes {
    private static final Set<String> NOT_CONSOLE = Set.of("/health", "/metrics");

    private ConsoleRoutes() {
    }

    public static void register(RoutesConfig routes, Backend backend, Sessions sessions, WebSettings settings) {
        SignIn signIn = new SignIn(backend.users(), sessions, new Cookies(settings.secureCookies()));
        CompanyPage company = new CompanyPage(backend);
        StatusForms forms = new StatusForms(backend, company);
        routes.get("/console.css", Style::css, Access.ANYONE);
        routes.get("/sign-in", signIn::form, Access.ANYONE);
        routes.post("/sign-in", signIn::submit, Access.ANYONE);
        routes.post("/sign-out", signIn::signOut, Access.VIEWER);
        routes.get("/", new PortfolioPage(backend, HealthTarget.fromEnvironment())::show, Access.VIEWER);
        routes.get("/companies", new CompanyListPage(backend)::show, Access.VIEWER);
        routes.get("/companies/{id}", company::show, Access.VIEWER);
        routes.post("/companies/{id}/status", forms::override, Access.CSM);
        routes.post("/companies/{id}/clear", forms::clear, Access.CSM);
        routes.post("/companies/{id}/churn", forms::churn, Access.CSM);
        routes.post("/companies/{id}/reinstate", forms::reinstate, Access.CSM);
        routes.get("/updates", new UpdatesPage(backend)::show, Access.VIEWER);
        routes.get("/runs", new RunsPage(backend)::show, Access.VIEWER);
        routes.afterMatched(signIn::renew);
    }

    /** Whether a failure of this request is shown as a console page rather than problem+json: all but the API's. */
    public static boolean showsPage(Context ctx) {
        return !Authentication.isApi(ctx) && !NOT_CONSOLE.contains(ctx.path());
    }

    /** The failure as an HTML page with what to do and a link back. */
    public static void errorPage(Context ctx, ProblemException problem) {
        ErrorPage.render(ctx, problem);
    }
}
