package io.healthscore.telemetry;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request by method, route and status. The route is the matched path template (e.g.
 * {@code /api/v1/companies/{id}}), never the path asked for, and a request no route matched is "unmatched": the
 * labels stay few whatever clients ask for.
 */
final class RequestMetrics {
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records a request that took {@code millis} from its start to its answer (Javalin's request logger). */
    void record(Context ctx, Float millis) {
        Timer.builder("healthscore.http.requests")
                .description("HTTP requests answered, by method, matched route template and status")
                .tag("method", method(ctx)).tag("route", route(ctx)).tag("status", Integer.toString(ctx.statusCode()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Math.round(millis * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    /** An HTTP method a route can have, or "other" (a client may send any word as its method). */
    private static String method(Context ctx) {
        String method = ctx.method().name();
        return METHODS.contains(method) ? method : "other";
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null || matched.path.isEmpty() || matched.path.equals("*") ? UNMATCHED : matched.path;
    }
}
