package io.healthscore.store;

import io.healthscore.rules.RuleSet;

/**
 * How much of each company's past the month's scoring reads, as the rules declare it: assessments of the
 * {@code months} months before, the weekly series of the {@code weeks} weeks before the month, and the triggers
 * emitted in the {@code cooldownMonths} months before. {@link #NONE} reads nothing beyond the previous assessment.
 */
public record HistoryDepth(int months, int weeks, int cooldownMonths) {
    public static final HistoryDepth NONE = new HistoryDepth(0, 0, 0);

    public static HistoryDepth of(RuleSet rules) {
        return new HistoryDepth(rules.historyMonths(), rules.historyWeeks(), rules.longestCooldown());
    }

    /** The deeper of the two, field by field: what both sides of a what-if read. */
    public HistoryDepth max(HistoryDepth other) {
        return new HistoryDepth(Math.max(months, other.months), Math.max(weeks, other.weeks),
                Math.max(cooldownMonths, other.cooldownMonths));
    }

    public boolean none() {
        return months == 0 && weeks == 0 && cooldownMonths == 0;
    }
}
