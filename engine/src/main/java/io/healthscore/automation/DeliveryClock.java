package io.healthscore.automation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The dispatcher's time: the injected clock, but never behind the time really spent since start, so that waiting
 * for a retry ends even under a clock that stands still (a replayed month's). It waits with its sleeper: really
 * in production, by moving a settable clock in tests.
 */
final class DeliveryClock {
    /** Waits {@code duration}: {@link #REAL} sleeps, a test's moves its clock on instead. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Instant start;
    private final long startNanos;

    DeliveryClock(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.start = clock.instant();
        this.startNanos = System.nanoTime();
    }

    Instant instant() {
        Instant elapsed = start.plusNanos(System.nanoTime() - startNanos);
        Instant now = clock.instant();
        return now.isAfter(elapsed) ? now : elapsed;
    }

    /**
     * Returns once {@link #instant()} has reached {@code when}, or on an interrupt. It checks again after each
     * sleep: a test's sleeper moves only the clock, which may stand behind the real time spent.
     */
    void sleepUntil(Instant when) {
        Duration left = Duration.between(instant(), when);
        while (!left.isNegative() && !left.isZero()) {
            try {
                sleeper.sleep(left.plusMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = Duration.between(instant(), when);
        }
    }
}
