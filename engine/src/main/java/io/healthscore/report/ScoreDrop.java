package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;

/**
 * A company whose score fell against the previous month; {@code name} may be null, {@code provisional} is the weeks
 * a month-to-date score used (null for the month's assessment).
 */
public record ScoreDrop(String company, String name, int previousScore, int score, EffectiveBand band, Drivers drivers,
        ProvisionalWeeks provisional) {

    /** A drop on the month's assessment. */
    public ScoreDrop(String company, String name, int previousScore, int score, EffectiveBand band, Drivers drivers) {
        this(company, name, previousScore, score, band, drivers, null);
    }

    public ScoreDrop {
        Fields.nonBlank(company, "score drop company");
        Fields.present(band, "score drop " + company, "band");
        Fields.present(drivers, "score drop " + company, "drivers");
        if (score >= previousScore) {
            throw new IllegalArgumentException("score drop " + company + ": score " + score
                    + " must be below previousScore " + previousScore);
        }
    }

    /** Points lost: previous score minus score, always positive. */
    public int drop() {
        return previousScore - score;
    }
}
