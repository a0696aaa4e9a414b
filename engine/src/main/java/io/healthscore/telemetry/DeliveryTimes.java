package io.healthscore.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times deliveries from a trigger's emission to its channel's taking it, as this process delivers them: measured
 * the moment each is sent, so it costs no query and counts every retry's wait.
 */
final class DeliveryTimes {
    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24)};

    private final MeterRegistry registry;

    DeliveryTimes(MeterRegistry registry) {
        this.registry = registry;
    }

    void delivered(String channel, Duration sinceEmitted) {
        Timer.builder("healthscore.trigger.delivery")
                .description("Time from a trigger's emission to its delivery, for triggers this node delivered")
                .tag("channel", channel)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                // an emission stamped by another node's clock may lie a little ahead of this one's
                .record(sinceEmitted.isNegative() ? Duration.ZERO : sinceEmitted);
    }
}
