package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;

/** A company whose score the rules marked low-confidence this month, with the band it is shown in and why. */
public record LowConfidenceScore(String company, String name, Integer score, EffectiveBand band, String reason) {

    public LowConfidenceScore {
        Fields.nonBlank(company, "low-confidence company");
        Fields.present(band, "low-confidence " + company, "band");
        Fields.nonBlank(reason, "low-confidence " + company + " reason");
    }
}
