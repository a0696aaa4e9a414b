package io.healthscore.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.automation.Automations;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.javalin.Javalin;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests are counted under the template of the route they matched, with the status they were answered. */
class TelemetryRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void should_label_a_refused_request_with_its_route_template_not_its_path_when_the_route_has_a_parameter(
            @TempDir Path folder) throws Exception {
        try (Database database = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            Telemetry telemetry = new Telemetry(database, Automations.defaults(folder.resolve("triggers.jsonl")),
                    Clock.systemUTC(), Duration.ZERO);
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = "127.0.0.1";
                config.jetty.port = 0;
                telemetry.timeRequests(config);
                config.routes.beforeMatched(ctx -> {
                    if (ctx.path().startsWith("/api/") && ctx.header("Authorization") == null) {
                        throw new UnauthorizedResponse();
                    }
                });
                config.routes.get("/api/v1/companies/{id}", ctx -> ctx.result(ctx.pathParam("id")));
                config.routes.get("/metrics", ctx -> ctx.contentType(Telemetry.CONTENT_TYPE).result(telemetry.scrape()));
            }).start();
            try {
                String url = "http://127.0.0.1:" + app.port();
                assertThat(get(url + "/api/v1/companies/CO-1001").statusCode()).isEqualTo(401);
                assertThat(get(url + "/api/v1/companies/CO-1002").statusCode()).isEqualTo(401);
                get(url + "/metrics");

                Exposition metrics = Exposition.parse(get(url + "/metrics").body());

                assertThat(metrics.value("healthscore_http_requests_seconds_count", Map.of("method", "GET",
                        "route", "/api/v1/companies/{id}", "status", "401"))).isEqualTo(2.0);
                assertThat(metrics.value("healthscore_http_requests_seconds_count", Map.of("method", "GET",
                        "route", "/metrics", "status", "200"))).isEqualTo(1.0);
                assertThat(metrics.samples()).allSatisfy(sample -> assertThat(sample.labels().values())
                        .noneMatch(value -> value.contains("CO-100")));
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void should_show_no_runs_bands_or_triggers_when_the_store_is_empty(@TempDir Path folder) {
        try (Database database = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            Telemetry telemetry = new Telemetry(database, Automations.defaults(folder.resolve("triggers.jsonl")),
                    Clock.systemUTC(), Duration.ZERO);

            Exposition metrics = Exposition.parse(telemetry.scrape());

            assertThat(metrics.by("healthscore_runs", "status")).containsOnlyKeys("running", "done", "failed", "died")
                    .allSatisfy((status, runs) -> assertThat(runs).isZero());
            assertThat(metrics.named("healthscore_companies")).isEmpty();
            assertThat(metrics.named("healthscore_triggers")).isEmpty();
            assertThat(metrics.named("healthscore_run_latest_duration_seconds")).isEmpty();
            assertThat(metrics.value("healthscore_store_up", Map.of())).isEqualTo(1.0);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
