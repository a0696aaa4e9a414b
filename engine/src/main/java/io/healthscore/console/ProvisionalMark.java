package io.healthscore.console;

import io.healthscore.assessment.ProvisionalWeeks;

/**
 * How the console marks a provisional month-to-date score: "provisional · 2 of 5 weeks" on the chip, and what that
 * means in its title.
 */
record ProvisionalMark(String label, String title) {
    /** Null (no mark) for a monthly assessment. */
    static ProvisionalMark of(ProvisionalWeeks weeks) {
        if (weeks == null) {
            return null;
        }
        return new ProvisionalMark("provisional · " + weeks.weeks() + " of " + weeks.weeksInMonth() + " weeks",
                "Month to date: scored on " + weeks.weeks() + " of the month's " + weeks.weeksInMonth()
                        + " weeks, those complete so far; not the monthly assessment, which replaces it once the month"
                        + " is run.");
    }
}
