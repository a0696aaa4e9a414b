package io.healthscore.telemetry;

import io.javalin.config.JavalinConfig;

/** Placeholder: metrics for operators in Prometheus text format (to be built). */
public final class Telemetry {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    public void timeRequests(JavalinConfig config) {
    }

    public String scrape() {
        return "";
    }
}
