package io.healthscore.automation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The dispatcher's time: the injected clock, but never behind the time really spent since start, so that waiting
 * for a retry ends even under a clock that stands still (a test's, or a replayed month's).
 */
final class DeliveryClock {
    private final Clock clock;
    private final Instant start;
    private final long startNanos;

    DeliveryClock(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
        this.startNanos = System.nanoTime();
    }

    Instant instant() {
        Instant elapsed = start.plusNanos(System.nanoTime() - startNanos);
        Instant now = clock.instant();
        return now.isAfter(elapsed) ? now : elapsed;
    }

    void sleepUntil(Instant when) {
        Duration left = Duration.between(instant(), when);
        if (left.isNegative() || left.isZero()) {
            return;
        }
        try {
            Thread.sleep(left.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
