package io.healthscore.automation;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and when a failed delivery is tried again: up to {@code attempts} attempts in all, waiting
 * {@code backoff} after the first failure and twice as long after each next one, never more than
 * {@code maxBackoff}. A receiver's Retry-After is honoured up to {@code maxBackoff}.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10));

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more, was " + attempts);
        }
        if (backoff.isNegative() || backoff.isZero() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and at most max-backoff");
        }
    }

    /** Whether a trigger whose attempt number {@code attempt} just failed gets another one. */
    public boolean retries(int attempt) {
        return attempt < attempts;
    }

    /** How long to wait after attempt number {@code attempt} (1 = the first) failed. */
    public Duration delay(int attempt, Duration requested) {
        if (requested != null && !requested.isZero() && !requested.isNegative()) {
            return requested.compareTo(maxBackoff) > 0 ? maxBackoff : requested;
        }
        Duration delay = backoff;
        for (int step = 1; step < attempt && delay.compareTo(maxBackoff) < 0; step++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
