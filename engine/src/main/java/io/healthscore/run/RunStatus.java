package io.healthscore.run;

import java.util.Locale;

/**
 * Where a run stands. RUNNING, DONE and FAILED are stored; DIED is read off a running run that showed no sign of
 * life (no shard heartbeat) for {@link RunCounts#STALE_AFTER}: the process working on it was killed.
 */
public enum RunStatus {
    RUNNING, DONE, FAILED, DIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus stored(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
