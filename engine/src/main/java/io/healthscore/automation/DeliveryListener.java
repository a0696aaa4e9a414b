package io.healthscore.automation;

import java.time.Duration;

/** Told of every trigger this process delivered, e.g. to time deliveries for the operators' metrics. */
@FunctionalInterface
public interface DeliveryListener {
    /** For the commands, which keep no metrics. */
    DeliveryListener NONE = (channel, sinceEmitted) -> {
    };

    /** A trigger reached {@code channel}, {@code sinceEmitted} after it was emitted. */
    void delivered(String channel, Duration sinceEmitted);
}
