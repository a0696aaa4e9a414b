package io.healthscore.trigger;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a delivery to record: the new status, whether an attempt was made, when to try next (pending
 * only), the channel, the error of a failed attempt and, for a sent one, when.
 */
public record OutboxUpdate(TriggerKey trigger, DeliveryStatus status, boolean attempted, Instant nextAttemptAt,
        String channel, String error, Instant deliveredAt) {
    public OutboxUpdate {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
    }

    public static OutboxUpdate sent(TriggerKey trigger, String channel, Instant at) {
        return new OutboxUpdate(trigger, DeliveryStatus.SENT, true, null, channel, null, at);
    }

    public static OutboxUpdate retry(TriggerKey trigger, String channel, String error, Instant next) {
        return new OutboxUpdate(trigger, DeliveryStatus.PENDING, true, next, channel, error, null);
    }

    public static OutboxUpdate dead(TriggerKey trigger, String channel, String error, boolean attempted) {
        return new OutboxUpdate(trigger, DeliveryStatus.DEAD, attempted, null, channel, error, null);
    }

    public static OutboxUpdate off(TriggerKey trigger, String channel) {
        return new OutboxUpdate(trigger, DeliveryStatus.OFF, false, null, channel, null, null);
    }

    /** Not attempted in this pass (its channel just failed): left pending until {@code next}. */
    public static OutboxUpdate deferred(TriggerKey trigger, String channel, Instant next) {
        return new OutboxUpdate(trigger, DeliveryStatus.PENDING, false, next, channel, null, null);
    }
}
