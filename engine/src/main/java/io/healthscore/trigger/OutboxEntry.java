package io.healthscore.trigger;

import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import java.time.Instant;

/**
 * A trigger in the outbox with what delivering it needs (its company's details, its assessment's drivers) and its
 * delivery state. {@code deliveredAt} is when it was sent; {@code lastError} the last failed attempt's reason.
 */
public record OutboxEntry(EmittedTrigger trigger, Company company, Drivers drivers, DeliveryStatus status,
        int attempts, Instant nextAttemptAt, String channel, String lastError, Instant deliveredAt, int replays,
        Instant replayedAt) {

    public TriggerKey key() {
        return trigger.key();
    }

    public String id() {
        return trigger.id();
    }
}
