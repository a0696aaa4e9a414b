package io.healthscore.manual;

import java.util.Locale;

/**
 * What changed a company's effective band. The scoring of a month records AUTOMATIC (the rules' band changed it) and
 * EXPIRY (an override ended); the others are manual actions.
 */
public enum ActivitySource {
    AUTOMATIC, EXPIRY, OVERRIDE, CLEAR, CHURN, REINSTATE;

    public boolean manual() {
        return this != AUTOMATIC && this != EXPIRY;
    }

    /** The name shown and stored: lower case, e.g. {@code override}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivitySource ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
