package io.healthscore.api;

import io.healthscore.web.Backend;
import io.healthscore.web.WebSettings;
import io.javalin.config.RoutesConfig;

/** Placeholder. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, Backend backend, WebSettings settings) {
    }
}
