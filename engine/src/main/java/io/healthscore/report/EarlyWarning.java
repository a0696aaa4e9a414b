package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;

/**
 * A company scored to date At Risk in the month after the report's while the report's month does not show it At
 * Risk: its provisional score and band, the weeks that score used, and the band shown in the report's month
 * ({@code reportedBand}, null when the company is not in that month). {@code name}, {@code owner} and
 * {@code score} may be null.
 */
public record EarlyWarning(String company, String name, String owner, Integer score, EffectiveBand band,
        ProvisionalWeeks provisional, EffectiveBand reportedBand) {

    public EarlyWarning {
        Fields.nonBlank(company, "early-warning company");
        Fields.present(provisional, "early warning " + company, "provisional");
        if (band != EffectiveBand.AT_RISK) {
            throw new IllegalArgumentException("early warning " + company + ": band must be AT_RISK, was " + band);
        }
        if (reportedBand == EffectiveBand.AT_RISK) {
            throw new IllegalArgumentException("early warning " + company + ": already AT_RISK in the reported month;"
                    + " the at-risk list shows it");
        }
    }
}
