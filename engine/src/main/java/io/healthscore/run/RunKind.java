package io.healthscore.run;

import java.util.Locale;

/** How a month run started: by the schedule of {@code serve}, or by hand with {@code run --month}. */
public enum RunKind {
    SCHEDULED, MANUAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
