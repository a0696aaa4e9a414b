package io.healthscore.api;

import io.healthscore.web.Access;
import io.healthscore.web.Backend;
import io.healthscore.web.HealthTarget;
import io.healthscore.web.WebSettings;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;

/**
 * The HTTP API under {@code /api/v1} (contract section 5), each route with the least role that may call it. The
 * OpenAPI document at {@code /api/v1/openapi.json} describes these routes; a test checks the two agree.
 */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";
    static final String OPENAPI = "/api/openapi.json";

    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, Backend backend, WebSettings settings) {
        IngestApi ingest = new IngestApi(backend, settings.maxBody());
        CompaniesApi companies = new CompaniesApi(backend);
        StatusApi status = new StatusApi(backend);
        OperationsApi operations = new OperationsApi(backend, HealthTarget.fromEnvironment());
        byte[] openApi = openApi();

        routes.post(BASE + "/metrics", ingest::metrics, Access.ADMIN);
        routes.post(BASE + "/companies", ingest::companies, Access.ADMIN);
        routes.get(BASE + "/companies", companies::list, Access.VIEWER);
        routes.get(BASE + "/companies/{id}", companies::one, Access.VIEWER);
        routes.get(BASE + "/companies/{id}/history", companies::history, Access.VIEWER);
        routes.post(BASE + "/companies/{id}/score", companies::score, Access.CSM);
        routes.put(BASE + "/companies/{id}/override", status::override, Access.CSM);
        routes.delete(BASE + "/companies/{id}/override", status::clear, Access.CSM);
        routes.post(BASE + "/companies/{id}/churn", status::churn, Access.CSM);
        routes.delete(BASE + "/companies/{id}/churn", status::reinstate, Access.CSM);
        routes.get(BASE + "/report", operations::report, Access.VIEWER);
        routes.get(BASE + "/runs", operations::runs, Access.VIEWER);
        routes.get(BASE + "/triggers", operations::triggers, Access.VIEWER);
        routes.post(BASE + "/triggers/retry", operations::retry, Access.ADMIN);
        routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Access.VIEWER);
    }

    private static byte[] openApi() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OPENAPI + " from the jar", e);
        }
    }
}
