package io.healthscore.rules;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A hold on one rule set of {@link ActiveRules}: the set stays open, even after a reload replaced it, until the
 * lease is closed. Closing it more than once is harmless.
 */
public final class Lease implements AutoCloseable {
    private final RuleSet rules;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    Lease(RuleSet rules, Runnable release) {
        this.rules = rules;
        this.release = release;
    }

    /** The leased set; use it only until this lease is closed. */
    public RuleSet rules() {
        return rules;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}
