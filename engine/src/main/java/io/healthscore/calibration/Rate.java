package io.healthscore.calibration;

/**
 * The churn of one cell (a band, a score decile): of {@code known} assessments with a known outcome,
 * {@code churned} churned within the horizon. Below {@link #MIN_KNOWN} known outcomes the share is not stated.
 */
public record Rate(String name, long churned, long known) {
    public static final int MIN_KNOWN = 10;

    public boolean tooFew() {
        return known < MIN_KNOWN;
    }

    public double share() {
        return known == 0 ? 0 : (double) churned / known;
    }

    public Wilson interval() {
        return Wilson.of(churned, known);
    }

    /** Whether this cell's share is above {@code other}'s, compared exactly. */
    boolean above(Rate other) {
        return churned * other.known > other.churned * known;
    }

    /** "12.5% (2 of 16; 95% CI 3.5-36.0%)", or "too few: 2 churned of 7". */
    public String describe() {
        if (tooFew()) {
            return "too few: " + churned + " churned of " + known;
        }
        Wilson wilson = interval();
        return percent(share()) + " (" + churned + " of " + known + "; 95% CI " + percent(wilson.low()) + "-"
                + percent(wilson.high()) + ")";
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
