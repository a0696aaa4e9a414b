package io.healthscore.telemetry;

import io.healthscore.automation.Automations;
import io.healthscore.automation.DeliveryListener;
import io.healthscore.automation.Outbox;
import io.healthscore.report.Portfolio;
import io.healthscore.run.RunLog;
import io.healthscore.store.Database;
import io.javalin.config.JavalinConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The operators' metrics of {@code serve}, in Prometheus text format: the month runs, the latest month's bands and
 * the outbox as the store holds them (the same on every node), and this node's HTTP requests and deliveries.
 */
public final class Telemetry implements DeliveryListener {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Duration STORE_READING_AGE = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RequestMetrics requests = new RequestMetrics(registry);
    private final DeliveryTimes deliveries = new DeliveryTimes(registry);
    private final StoreGauges store;

    public Telemetry(Database database, Automations automations, Clock clock) {
        this(database, automations, clock, STORE_READING_AGE);
    }

    /** As the public constructor, sharing one reading of the store among the scrapes within {@code readingAge}. */
    Telemetry(Database database, Automations automations, Clock clock, Duration readingAge) {
        RunLog runs = new RunLog(database);
        Portfolio portfolio = new Portfolio(database);
        Outbox outbox = new Outbox(database);
        this.store = new StoreGauges(registry,
                () -> StoreReading.read(runs, portfolio, outbox, automations, clock.instant()), readingAge);
    }

    /** Times every request the server answers, from its start, by method, matched route and status. */
    public void timeRequests(JavalinConfig config) {
        config.requestLogger.http(requests::record);
    }

    @Override
    public void delivered(String channel, Duration sinceEmitted) {
        deliveries.delivered(channel, sinceEmitted);
    }

    /** The metrics now, in the Prometheus text format of {@link #CONTENT_TYPE}. */
    public String scrape() {
        store.refresh();
        return registry.scrape(CONTENT_TYPE);
    }
}
