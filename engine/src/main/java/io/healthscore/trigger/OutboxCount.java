package io.healthscore.trigger;

import java.util.Objects;

/**
 * How many triggers named {@code trigger} stand in {@code status} on {@code channel}; the channel is null for those
 * no delivery was tried for yet.
 */
public record OutboxCount(String trigger, String channel, DeliveryStatus status, long triggers) {
    public OutboxCount {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        if (triggers < 0) {
            throw new IllegalArgumentException("triggers: " + triggers + " is negative; a count is 0 or more");
        }
    }
}
