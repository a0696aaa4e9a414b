package io.healthscore.store;

import java.time.Instant;
import java.util.Objects;

/** A dispatcher's claim on triggers: who holds them and until when (after that, any dispatcher may take them). */
public record TriggerClaim(String owner, Instant until) {
    public TriggerClaim {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(until, "until");
    }
}
