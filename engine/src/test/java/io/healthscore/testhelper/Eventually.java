package io.healthscore.testhelper;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does, checking often, failing the test after a generous timeout. */
public final class Eventually {
    /** Far above what a watcher with a 300 ms settle needs, so a slow build machine does not fail the test. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final long CHECK_EVERY_MILLIS = 20;

    private Eventually() {
    }

    public static void await(String what, BooleanSupplier condition) {
        await(what, TIMEOUT, condition);
    }

    /** As {@link #await(String, BooleanSupplier)}, for work that takes longer (other processes, whole runs). */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(CHECK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }
}
