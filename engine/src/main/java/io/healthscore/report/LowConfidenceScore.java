package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;

/**
 * A company whose score the rules marked low-confidence this month, with the band it is shown in and why;
 * {@code provisional} is the weeks a month-to-date score used, null for the month's assessment.
 */
public record LowConfidenceScore(String company, String name, Integer score, EffectiveBand band, String reason,
        ProvisionalWeeks provisional) {

    /** A low-confidence score of the month's assessment. */
    public LowConfidenceScore(String company, String name, Integer score, EffectiveBand band, String reason) {
        this(company, name, score, band, reason, null);
    }

    public LowConfidenceScore {
        Fields.nonBlank(company, "low-confidence company");
        Fields.present(band, "low-confidence " + company, "band");
        Fields.nonBlank(reason, "low-confidence " + company + " reason");
    }
}
