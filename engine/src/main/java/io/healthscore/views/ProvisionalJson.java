package io.healthscore.views;

import io.healthscore.assessment.ProvisionalWeeks;

/** How a provisional month-to-date score is marked in JSON: scored on {@code weeks} of the month's {@code weeksInMonth}. */
public record ProvisionalJson(int weeks, int weeksInMonth) {
    /** Null (left out of the JSON) for a monthly assessment. */
    public static ProvisionalJson of(ProvisionalWeeks weeks) {
        return weeks == null ? null : new ProvisionalJson(weeks.weeks(), weeks.weeksInMonth());
    }
}
