package io.healthscore.assessment;

import java.math.BigDecimal;

/**
 * What moved the score: the month's average login, adoption and NPS (NPS over the weeks that have it;
 * null when none has), the weeks with data, and the change of score against the previous assessment.
 */
public record Drivers(BigDecimal login, BigDecimal adoption, BigDecimal nps, int weeks, Integer change) {
    public static final Drivers NO_DATA = new Drivers(null, null, null, 0, null);

    public Drivers {
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must be 0 or more, was " + weeks);
        }
    }
}
