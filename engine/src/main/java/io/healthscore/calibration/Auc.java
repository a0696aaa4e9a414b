package io.healthscore.calibration;

/**
 * The AUC of the score against churn (Mann-Whitney): the chance that a churned assessment has a lower score than a
 * not-churned one, ties counted half. 1 is a perfect ranking, 0.5 a coin. Not stated below {@link #MIN_EACH} of
 * either kind.
 */
public record Auc(long churned, long notChurned, double value) {
    public static final int MIN_EACH = 5;

    /** From the count of churned and of not-churned assessments at each whole-percent score 0-100. */
    public static Auc of(long[] churnedAt, long[] notChurnedAt) {
        long churned = 0;
        long notChurned = 0;
        long doubledWins = 0; // pairs where the churned score is lower count 2, ties 1: exact in whole numbers
        for (int score = 0; score < churnedAt.length; score++) {
            long notChurnedAbove = 0;
            for (int higher = score + 1; higher < notChurnedAt.length; higher++) {
                notChurnedAbove += notChurnedAt[higher];
            }
            doubledWins += churnedAt[score] * (2 * notChurnedAbove + notChurnedAt[score]);
            churned += churnedAt[score];
            notChurned += notChurnedAt[score];
        }
        double value = churned == 0 || notChurned == 0 ? Double.NaN : doubledWins / (2.0 * churned * notChurned);
        return new Auc(churned, notChurned, value);
    }

    public boolean tooFew() {
        return churned < MIN_EACH || notChurned < MIN_EACH;
    }

    public String describe() {
        if (tooFew()) {
            return "too few: " + churned + " churned, " + notChurned + " not churned (" + MIN_EACH + " of each needed)";
        }
        return String.format(java.util.Locale.ROOT, "%.3f", value) + " (lower score = more churn)";
    }
}
