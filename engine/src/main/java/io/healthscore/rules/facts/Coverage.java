package io.healthscore.rules.facts;

import java.time.LocalDate;

/**
 * How much data the month has: {@code weeks} of its {@code weeksInMonth} weeks (four or five) have metrics;
 * {@code lastNps} is the Monday of the latest week with an NPS answer, in this month or the weekly history the
 * rules declare ({@code @lookback(weeks = N)}), and {@code npsAgeWeeks} how many weeks before the month's last week
 * that was (0: in the last week). Both are null when no answer is in reach.
 */
public record Coverage(int weeks, int weeksInMonth, LocalDate lastNps, Integer npsAgeWeeks) {
    /** The weeks of the month without data. */
    public int missingWeeks() {
        return weeksInMonth - weeks;
    }
}
