package io.healthscore.rules.facts;

import java.math.BigDecimal;

/**
 * One weighted part of a weekly score: its name, value (0-100, or null when absent) and weight.
 * In a {@link WeeklyScore} the weight is the one applied, after re-normalisation over present parts.
 */
public record Part(String name, BigDecimal value, BigDecimal weight) {
    public static Part of(String name, BigDecimal value, String weight) {
        return new Part(name, value, new BigDecimal(weight));
    }

    public boolean present() {
        return value != null;
    }
}
