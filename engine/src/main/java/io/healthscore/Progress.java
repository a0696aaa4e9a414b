package io.healthscore;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Reports a long run's progress on a stream (stderr), at most once a second, with count and rate; thread-safe. */
public final class Progress {
    private static final Duration EVERY = Duration.ofSeconds(1);

    private final PrintStream out;
    private final Clock clock;
    private final String what;
    private final long total;
    private final Instant started;
    private Instant lastShown;
    private boolean shown;

    public Progress(PrintStream out, Clock clock, String what, long total) {
        this.out = out;
        this.clock = clock;
        this.what = what;
        this.total = total;
        this.started = clock.instant();
        this.lastShown = started;
    }

    public static Progress silent(Clock clock) {
        return new Progress(null, clock, "", 0);
    }

    public synchronized void update(long done) {
        Instant now = clock.instant();
        if (out != null && Duration.between(lastShown, now).compareTo(EVERY) >= 0) {
            lastShown = now;
            shown = true;
            out.printf("%s: %,d%s (%,d/s)%n", what, done, total > 0 ? " of " + String.format("%,d", total) : "",
                    rate(done, now));
        }
    }

    /** Prints the final count when progress was shown at all. */
    public synchronized void finish(long done) {
        if (shown) {
            out.printf("%s: %,d done in %.1f s (%,d/s)%n", what, done,
                    Duration.between(started, clock.instant()).toMillis() / 1000.0, rate(done, clock.instant()));
        }
    }

    private long rate(long done, Instant now) {
        long millis = Math.max(1, Duration.between(started, now).toMillis());
        return done * 1000 / millis;
    }
}
