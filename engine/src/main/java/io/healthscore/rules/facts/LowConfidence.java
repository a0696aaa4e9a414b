package io.healthscore.rules.facts;

/**
 * Marks the month's score as low-confidence, with the reason shown wherever the score is: {@code explain},
 * {@code history}, {@code companies} and the report. The score and band stand; at most one reason is kept (the
 * first inserted).
 */
public record LowConfidence(String reason) {
    public LowConfidence {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a LowConfidence needs a reason, e.g. new LowConfidence(\"2 of 5 weeks have data\")");
        }
    }
}
