package io.healthscore.calibration;

/** The Wilson score interval of a share: 95% by default, sound for small counts and for shares of 0 or 1. */
public record Wilson(double low, double high) {
    private static final double Z95 = 1.959963984540054;

    /** The 95% interval of {@code successes} of {@code trials}; trials must be 1 or more. */
    public static Wilson of(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials + ": accepted: 0 to trials of 1 or more trials");
        }
        double n = trials;
        double share = successes / n;
        double z2 = Z95 * Z95;
        double divisor = 1 + z2 / n;
        double centre = (share + z2 / (2 * n)) / divisor;
        double half = Z95 / divisor * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n));
        return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
