package io.healthscore.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule set a long-running service scores with, replaceable at runtime. Work that must finish on the set it
 * started with (a month run recorded with its rules hash) leases that set by hash; a replaced set stays open
 * while leased, and the {@value #RETAINED} most recently replaced ones stay open anyway so such work can still
 * find them. Thread-safe.
 */
public final class ActiveRules implements AutoCloseable {
    static final int RETAINED = 4;
    private static final String CLOSED = "the active rules are closed";

    private final Object lock = new Object();
    /** Replaced sets still open, most recently replaced first. */
    private final Deque<Held> retired = new ArrayDeque<>();
    private Held current;
    private boolean closed;

    public ActiveRules(RuleSet initial) {
        this.current = new Held(Objects.requireNonNull(initial, "initial"));
    }

    public RuleSet current() {
        synchronized (lock) {
            return current.rules;
        }
    }

    /** Leases the current set. */
    public Lease lease() {
        synchronized (lock) {
            requireOpen();
            return leaseOf(current);
        }
    }

    /** Leases the set with this full hash if this process still holds it open: the current one or a replaced one. */
    public Optional<Lease> lease(String hash) {
        synchronized (lock) {
            requireOpen();
            if (current.rules.hash().equals(hash)) {
                return Optional.of(leaseOf(current));
            }
            return retired.stream().filter(held -> held.rules.hash().equals(hash)).findFirst().map(this::leaseOf);
        }
    }

    /**
     * Makes {@code next} current and retires the current set. Returns false, and closes {@code next}, when it has
     * the current set's hash: nothing would change. Takes ownership of {@code next} in every case.
     */
    public boolean replace(RuleSet next) {
        Objects.requireNonNull(next, "next");
        synchronized (lock) {
            if (closed) {
                next.close();
                throw new IllegalStateException(CLOSED);
            }
            if (next == current.rules) {
                return false;
            }
            if (next.hash().equals(current.rules.hash())) {
                next.close();
                return false;
            }
            retired.addFirst(current);
            current = new Held(next);
            closeUnheldBeyondRetention();
            return true;
        }
    }

    /** Closes every set still open, leased or not. */
    @Override
    public void close() {
        List<Held> open;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(retired);
            open.add(current);
            retired.clear();
        }
        open.forEach(held -> held.rules.close());
    }

    private Lease leaseOf(Held held) {
        held.leases++;
        return new Lease(held.rules, () -> release(held));
    }

    private void release(Held held) {
        synchronized (lock) {
            held.leases--;
            if (!closed) {
                closeUnheldBeyondRetention();
            }
        }
    }

    private void closeUnheldBeyondRetention() {
        int position = 0;
        for (Iterator<Held> sets = retired.iterator(); sets.hasNext(); position++) {
            Held held = sets.next();
            if (position >= RETAINED && held.leases == 0) {
                sets.remove();
                held.rules.close();
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(CLOSED);
        }
    }

    /** One open set and how many leases hold it; guarded by the lock. */
    private static final class Held {
        private final RuleSet rules;
        private int leases;

        private Held(RuleSet rules) {
            this.rules = rules;
        }
    }
}
