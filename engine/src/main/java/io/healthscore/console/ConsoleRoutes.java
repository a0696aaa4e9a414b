package io.healthscore.console;

import io.healthscore.web.Backend;
import io.healthscore.web.ProblemException;
import io.healthscore.web.Sessions;
import io.healthscore.web.WebSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Placeholder: the web console (to be built). */
public final class ConsoleRoutes {
    private ConsoleRoutes() {
    }

    public static void register(RoutesConfig routes, Backend backend, Sessions sessions, WebSettings settings) {
    }

    /** Whether a failure of this request is shown as a console page rather than problem+json. */
    public static boolean showsPage(Context ctx) {
        return false;
    }

    public static void errorPage(Context ctx, ProblemException problem) {
    }
}
