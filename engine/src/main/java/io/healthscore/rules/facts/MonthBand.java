package io.healthscore.rules.facts;

import io.healthscore.assessment.Band;

/**
 * The band the rules assigned to the month; exactly one per assessment. A band inserted with a {@code reason} is
 * forced (an exception, or a band held by hysteresis): the reason is shown wherever the band is explained.
 */
public record MonthBand(Band band, String reason) {
    public MonthBand(Band band) {
        this(band, null);
    }

    public MonthBand {
        if (band == null) {
            throw new IllegalArgumentException("a MonthBand needs a band, e.g. new MonthBand(Band.STEADY)");
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    /** Whether a rule forced this band with a stated reason. */
    public boolean forced() {
        return reason != null;
    }
}
