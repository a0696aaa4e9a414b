package io.healthscore.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How happy a company's users are, read from its average NPS of the month (-100 to 100), compared exactly:
 * <ul>
 * <li>Very Happy: 50 to 100</li>
 * <li>Happy: 10 to under 50</li>
 * <li>Neutral: -10 to under 10</li>
 * <li>Not Happy: under -10 (down to -100)</li>
 * </ul>
 */
public enum HappinessLevel {
    VERY_HAPPY("Very Happy", "50", "50 to 100"),
    HAPPY("Happy", "10", "10 to under 50"),
    NEUTRAL("Neutral", "-10", "-10 to under 10"),
    NOT_HAPPY("Not Happy", "-100", "under -10");

    private static final BigDecimal LOWEST = new BigDecimal("-100");
    private static final BigDecimal HIGHEST = new BigDecimal("100");

    private final String label;
    private final BigDecimal from;
    private final String range;

    HappinessLevel(String label, String from, String range) {
        this.label = label;
        this.from = new BigDecimal(from);
        this.range = range;
    }

    /** The level of an average NPS; the NPS must be from -100 to 100. */
    public static HappinessLevel of(BigDecimal nps) {
        Objects.requireNonNull(nps, "nps");
        if (nps.compareTo(LOWEST) < 0 || nps.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("NPS " + nps.toPlainString() + " is out of range; accepted: -100 to 100");
        }
        for (HappinessLevel level : values()) {
            if (nps.compareTo(level.from) >= 0) {
                return level;
            }
        }
        throw new IllegalStateException("no happiness level for NPS " + nps.toPlainString());
    }

    /** "Very Happy", as people read it. */
    public String label() {
        return label;
    }

    /** The NPS range of this level, e.g. "50 to 100", for a legend. */
    public String range() {
        return range;
    }
}
