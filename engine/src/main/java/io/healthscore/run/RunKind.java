package io.healthscore.run;

import java.util.Locale;

/**
 * How a run started: a month run by the schedule of {@code serve} or by hand with {@code run --month}; a run of the
 * month to date ({@code run --provisional} or the weekly schedule), which stores provisional scores only.
 */
public enum RunKind {
    SCHEDULED, MANUAL, PROVISIONAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
