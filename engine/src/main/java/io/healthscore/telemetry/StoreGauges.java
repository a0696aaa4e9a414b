package io.healthscore.telemetry;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import io.healthscore.trigger.DeliveryStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges read from the store, cluster-wide: every node answers the same. A scrape reads the store once (a few
 * grouped queries), and scrapes closer together than {@code maxAge} share one reading, so that several Prometheus
 * servers, or a short scrape interval, cost the store no more.
 */
final class StoreGauges {
    private static final Logger LOG = LoggerFactory.getLogger(StoreGauges.class);

    private final Supplier<StoreReading> store;
    private final Duration maxAge;
    private final MultiGauge runs;
    private final MultiGauge latestDuration;
    private final MultiGauge latestFinished;
    private final MultiGauge companies;
    private final MultiGauge triggers;
    private final MultiGauge emitted;
    private volatile double up;
    private volatile double readSeconds;
    private volatile double runsDone;
    private long readAt;
    private boolean read;

    StoreGauges(MeterRegistry registry, Supplier<StoreReading> store, Duration maxAge) {
        this.store = store;
        this.maxAge = maxAge;
        runs = gauge(registry, "healthscore.runs", null, "Month runs recorded in the store, by status");
        latestDuration = gauge(registry, "healthscore.run.latest.duration", "seconds",
                "How long the newest finished month run took, from its start to its end");
        latestFinished = gauge(registry, "healthscore.run.latest.finished.timestamp", "seconds",
                "When the newest finished month run ended, in seconds since the epoch");
        companies = gauge(registry, "healthscore.companies", null,
                "Companies shown in each band in the latest scored month (churned ones as churned)");
        triggers = gauge(registry, "healthscore.triggers", null,
                "Triggers in the outbox by channel and delivery status (pending: waiting; sent: delivered)");
        emitted = gauge(registry, "healthscore.triggers.emitted", null,
                "Triggers emitted and kept in the outbox, by channel, whatever their status");
        FunctionCounter.builder("healthscore.runs.completed", this, gauges -> gauges.runsDone)
                .description("Month runs that completed (status done)").register(registry);
        Gauge.builder("healthscore.store.up", this, gauges -> gauges.up)
                .description("1 when the last reading of the store for these metrics succeeded, else 0").register(registry);
        Gauge.builder("healthscore.store.read.duration", this, gauges -> gauges.readSeconds).baseUnit("seconds")
                .description("How long the last reading of the store for these metrics took").register(registry);
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String unit, String description) {
        return MultiGauge.builder(name).baseUnit(unit).description(description).register(registry);
    }

    /** Reads the store unless the last reading is younger than {@code maxAge}. */
    synchronized void refresh() {
        // the age of a reading is measured on a monotonic clock: the injected clock tells business time and may stand still
        long now = System.nanoTime();
        if (read && now - readAt < maxAge.toNanos()) {
            return;
        }
        readAt = now;
        read = true;
        try {
            StoreReading reading = store.get();
            readSeconds = (System.nanoTime() - now) / 1e9;
            show(reading);
            up = 1;
        } catch (RuntimeException e) {
            up = 0;
            readSeconds = (System.nanoTime() - now) / 1e9;
            LOG.warn("metrics: cannot read the store ({}); its gauges are left out until it answers", e.getMessage());
            LOG.debug("metrics: cannot read the store", e);
            for (MultiGauge gauge : List.of(runs, latestDuration, latestFinished, companies, triggers, emitted)) {
                gauge.register(List.of(), true);
            }
        }
    }

    private void show(StoreReading reading) {
        List<MultiGauge.Row<?>> byStatus = new ArrayList<>();
        for (RunStatus status : RunStatus.values()) {
            byStatus.add(MultiGauge.Row.of(Tags.of("status", status.label()), reading.runs().getOrDefault(status, 0L)));
        }
        runs.register(byStatus, true);
        runsDone = reading.runsDone();
        List<MultiGauge.Row<?>> durations = new ArrayList<>();
        List<MultiGauge.Row<?>> ends = new ArrayList<>();
        reading.latestFinished().ifPresent(run -> {
            Tags tags = Tags.of("status", run.status().label());
            durations.add(MultiGauge.Row.of(tags, seconds(run)));
            ends.add(MultiGauge.Row.of(tags, run.finishedAt().toEpochMilli() / 1000.0));
        });
        latestDuration.register(durations, true);
        latestFinished.register(ends, true);
        List<MultiGauge.Row<?>> bands = new ArrayList<>();
        reading.month().ifPresent(month -> {
            for (EffectiveBand band : EffectiveBand.values()) {
                bands.add(MultiGauge.Row.of(Tags.of("band", band.name().toLowerCase(Locale.ROOT), "month",
                        month.toString()), reading.bands().getOrDefault(band, 0L)));
            }
        });
        companies.register(bands, true);
        showTriggers(reading.triggers());
    }

    private void showTriggers(Map<String, Map<DeliveryStatus, Long>> byChannel) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        List<MultiGauge.Row<?>> totals = new ArrayList<>();
        byChannel.forEach((channel, statuses) -> {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                rows.add(MultiGauge.Row.of(Tags.of("channel", channel, "status", status.code()),
                        statuses.getOrDefault(status, 0L)));
            }
            totals.add(MultiGauge.Row.of(Tags.of("channel", channel),
                    statuses.values().stream().mapToLong(Long::longValue).sum()));
        });
        triggers.register(rows, true);
        emitted.register(totals, true);
    }

    private static double seconds(RunRecord run) {
        return Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
    }
}
