package io.healthscore.assessment;

/** What marks a provisional month-to-date score: it used {@code weeks} complete weeks of the month's {@code weeksInMonth}. */
public record ProvisionalWeeks(int weeks, int weeksInMonth) {
    public ProvisionalWeeks {
        if (weeks < 1 || weeks > weeksInMonth) {
            throw new IllegalArgumentException("weeks is " + weeks + "; accepted: 1 to " + weeksInMonth);
        }
    }

    /** How it is shown: "provisional, 2 of 5 weeks". */
    public String describe() {
        return "provisional, " + weeks + " of " + weeksInMonth + " weeks";
    }
}
