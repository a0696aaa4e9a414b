package io.healthscore.rules.facts;

/**
 * Present only when the month is scored to date, before it is over: {@code weeks} of its {@code weeksInMonth}
 * weeks (four or five) are complete and scored. A rule whose triggers should be emitted on such a score declares
 * {@code @early}; the triggers of every other rule are dropped.
 */
public record Provisional(int weeks, int weeksInMonth) {
    public Provisional {
        if (weeks < 1 || weeks > weeksInMonth) {
            throw new IllegalArgumentException("weeks is " + weeks + "; accepted: 1 to " + weeksInMonth);
        }
    }
}
